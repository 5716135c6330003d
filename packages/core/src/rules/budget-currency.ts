import { closestMatch } from "../suggest.js";
import { eachMeasure } from "./run.js";

// ISO 4217 list one (current codes, as of 2025, including the funds and precious-metal codes), and the codes
// withdrawn since 2023 that budgets written before then still use (HRK, CUC, SLL, ZWL, ANG). XTS (testing) and
// XXX (no currency) are left out: a budget always has a currency.
const CODES =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF " +
  "CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD " +
  "HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL " +
  "MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD " +
  "RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD " +
  "USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL";

let known: ReadonlySet<string> | undefined;

/** A measure's budget is in a currency ISO 4217 knows (the schema checks only that it is three capital letters). */
export const budgetCurrency = eachMeasure((ctx) => (measure, c, i) => {
  const currency = measure.budget?.currency;
  if (currency === undefined) return;
  known ??= new Set(CODES.split(" "));
  if (known.has(currency)) return;
  const near = closestMatch(currency, known);
  ctx.error(
    "unknown_currency",
    ["chapters", c, "measures", "items", i, "budget", "currency"],
    `Measure \`${measure.id}\` has a budget in \`${currency}\`, which is not an ISO 4217 currency code.`,
    `${near === undefined ? "" : `Did you mean \`${near}\`? `}Use the ISO 4217 code of the currency, such as NOK, SEK, DKK, EUR or USD.`,
  );
});
