// An "unchanged integration" for test/register.test.ts: plain Node, Pleo's real base URL, three HTTP
// clients. Prints one JSON line of what each call got.
import axios from "axios";
import { get } from "node:https";
import http from "node:http";

const key = process.env.PLEO_API_KEY;
const authorization = `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
const results = {};

const viaFetch = await fetch("https://external.staging.pleo.io/v2/employees?limit=3", { headers: { authorization } });
results.fetch = { status: viaFetch.status, count: (await viaFetch.json()).data?.length };

results.https = await new Promise((resolve, reject) => {
  get("https://external.pleo.io/v2/employees?limit=2", { headers: { authorization } }, (res) => {
    let text = "";
    res.on("data", (chunk) => (text += chunk));
    res.on("end", () => resolve({ status: res.statusCode, count: JSON.parse(text).data?.length }));
  }).on("error", reject);
});

const viaAxios = await axios.get("https://external.staging.pleo.io/v2/employees", { params: { limit: 1 }, headers: { authorization }, validateStatus: () => true });
results.axios = { status: viaAxios.status, count: viaAxios.data.data?.length };

const moved = await fetch("https://external.staging.pleo.io/sandbox/clock", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ now: "2030-01-01T00:00:00Z" }) });
results.clock = { status: moved.status, body: await moved.json() };

const contract = await (await fetch("https://external.pleo.io/openapi.json")).json();
results.servers = contract.servers.map((s) => s.url);

if (process.env.OTHER_URL) {
  results.other = await new Promise((resolve, reject) => {
    http.get(`${process.env.OTHER_URL}/hello`, { headers: { authorization: "Bearer untouched" } }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode, text }));
    }).on("error", reject);
  });
}
console.log(JSON.stringify(results));
