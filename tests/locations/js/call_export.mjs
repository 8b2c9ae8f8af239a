// Calls one exported function of an ES module for each argument list read as JSON from
// stdin, and prints the results as JSON. Used by the pytest suite to test our browser
// modules' pure functions with node.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, exportName] = process.argv.slice(2);
const module = await import(pathToFileURL(modulePath).href);
const calls = JSON.parse(readFileSync(0, "utf8"));
const results = calls.map((args) => module[exportName](...args));
process.stdout.write(JSON.stringify(results));
