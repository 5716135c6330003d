// The studio's entry: mounts the page.
import { render } from "preact";
import { App } from "./app.js";
import "./studio.css";

render(<App />, document.getElementById("app")!);
