import { ready, lookup, explain, codes } from "smtp-code-widget";

await ready;
const entry = await lookup("221", "de");
const explained = await explain("421 4.7.0 Try again later - gsmtp", "de");
document.querySelector("#result").textContent = JSON.stringify({
  title: entry.title,
  lang: entry.lang,
  outcomeLabel: entry.outcomeLabel,
  explained: `${explained.basicCode} ${explained.enhancedCode} ${explained.provider}`,
  codes: codes().length,
});
