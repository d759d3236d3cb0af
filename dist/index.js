import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  promoteFanOut,
  promoteLines,
  verificationMarkdown
} from "./chunks/chunk-I3ZICTLR.js";
import {
  renderToRepo,
  reportLines,
  startEnvRepo,
  summaryMarkdown
} from "./chunks/chunk-TKUBY6KC.js";
import {
  changedAppCounts,
  computePreview
} from "./chunks/chunk-T4NCKQEC.js";
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  reachText,
  renderMarkdown,
  utf8Length
} from "./chunks/chunk-AA7B2AOO.js";
import {
  validateAll
} from "./chunks/chunk-BQZBRUI2.js";
import {
  envRepoLocation
} from "./chunks/chunk-SCCJZKYV.js";
import {
  loadFromDir
} from "./chunks/chunk-DMFYGGHK.js";
import {
  readConfigFile
} from "./chunks/chunk-FCP2IWXA.js";
import {
  selectEnvs
} from "./chunks/chunk-RUPXGUGG.js";
import {
  sourceIdentity
} from "./chunks/chunk-IOBEII3D.js";
import "./chunks/chunk-JBLNTRAF.js";
import "./chunks/chunk-3427PZOU.js";
import {
  loadConfig
} from "./chunks/chunk-SSJMW5PP.js";
import "./chunks/chunk-DFIP6AYO.js";
import "./chunks/chunk-G6D3CCKW.js";
import {
  pathCounts,
  referenceLine,
  referenceMode
} from "./chunks/chunk-NAEY2JMF.js";
import "./chunks/chunk-UTJQZLM3.js";
import "./chunks/chunk-5SBUQFNJ.js";
import "./chunks/chunk-SID65HV4.js";
import "./chunks/chunk-DFTUZEB7.js";
import "./chunks/chunk-AUIKRLBV.js";
import "./chunks/chunk-PBLSRAXX.js";
import "./chunks/chunk-HX64S4PU.js";
import "./chunks/chunk-5ETQQFMW.js";
import "./chunks/chunk-UUCA4ZKB.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-EXQ7RXVN.js";
import {
  GitHubApi,
  stickyMarker
} from "./chunks/chunk-OINZ5D5A.js";
import "./chunks/chunk-FN2YLOUV.js";
import {
  CapstanError,
  UsageError,
  UserError,
  formatProblem
} from "./chunks/chunk-N5T7JROX.js";
import "./chunks/chunk-QRKMIM66.js";
import {
  __toESM
} from "./chunks/chunk-XYNQLYSQ.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/inputs.ts
import { resolve } from "node:path";
var COMMANDS = ["render", "preview", "promote", "validate"];
var DEFAULT_COMMITTER = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
function bool(name, dflt) {
  const v = getInput(name).trim().toLowerCase();
  if (!v) return dflt;
  if (v === "true") return true;
  if (v === "false") return false;
  throw new UsageError(`input ${name}: "${v}" is not true or false`);
}
function readInputs() {
  const command = getInput("command") || "render";
  if (!COMMANDS.includes(command))
    throw new UsageError(`input command: "${command}" is not one of ${COMMANDS.join(", ")}`);
  const token = getInput("token") || void 0;
  const envs = getInput("environments");
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const serverUrl = getInput("server-url") || process.env.GITHUB_SERVER_URL || "https://github.com";
  const envRepo = getInput("env-repo").trim();
  const committerName = getInput("committer-name").trim();
  const committerEmail = getInput("committer-email").trim();
  if (!committerName !== !committerEmail)
    throw new UsageError(
      "inputs committer-name and committer-email go together: set both or neither"
    );
  return {
    command,
    source: resolve(workspace, getInput("source") || "."),
    sourceRepo: process.env.GITHUB_REPOSITORY || void 0,
    sourceCommit: process.env.GITHUB_SHA || void 0,
    environments: envs ? envs.split(/[\s,]+/).filter(Boolean) : void 0,
    frozen: bool("frozen", true),
    token,
    secrets: token ? [token] : [],
    previewSource: getInput("source") || ".",
    previewComment: previewComment(getInput("comment") || "auto"),
    envRepo: envRepo ? envRepoLocation(envRepo, serverUrl, workspace) : void 0,
    committer: committerName ? { name: committerName, email: committerEmail } : DEFAULT_COMMITTER,
    dryRun: bool("dry-run", false),
    allowMassDeletion: bool("allow-mass-deletion", false),
    pruneRemovedEnvs: bool("prune-removed-envs", false),
    githubApiUrl: getInput("github-api-url") || process.env.GITHUB_API_URL || "https://api.github.com",
    serverUrl,
    from: getInput("from").trim() || void 0,
    to: splitList(getInput("to")),
    force: bool("force", false),
    apps: splitList(getInput("apps")),
    revision: getInput("revision").trim() || void 0
  };
}
function splitList(v) {
  const l = v.split(/[\s,]+/).filter(Boolean);
  return l.length ? l : void 0;
}
function previewComment(v) {
  if (v === "auto" || v === "true" || v === "false") return v;
  throw new UsageError(`input comment: "${v}" is not one of auto, true, false`);
}

// src/action/reporter.ts
function actionReporter() {
  return {
    info: (l) => info(l),
    notice: (l) => notice(l),
    warn: (l) => warning(l),
    problems: (ps) => {
      for (const p of ps)
        error(formatProblem(p), {
          file: p.file && !p.file.startsWith("<") ? p.file : void 0,
          startLine: p.line,
          startColumn: p.col,
          title: p.capability ? `capstan (${p.capability})` : "capstan"
        });
    }
  };
}

// src/action/preview.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
function readPullRequestEvent(path, name) {
  if (!path)
    throw new UsageError("preview runs on pull_request events: GITHUB_EVENT_PATH is not set");
  const payload = JSON.parse(readFileSync(path, "utf8"));
  const pr = payload.pull_request;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha)
    throw new UsageError(
      `preview runs on pull_request events (this is "${name ?? "unknown"}"); for pull requests from forks see the workflow_run pattern in docs/workflows/preview.yml`
    );
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    baseRef: pr.base.ref ?? pr.base.sha,
    headRef: pr.head.ref ?? pr.head.sha,
    fork: (pr.head.repo?.full_name ?? "") !== (pr.base.repo?.full_name ?? "")
  };
}
async function previewCommand(inputs) {
  const ev = readPullRequestEvent(process.env.GITHUB_EVENT_PATH, process.env.GITHUB_EVENT_NAME);
  const repo = process.env.GITHUB_REPOSITORY ?? "";
  const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const source = inputs.previewSource.replace(/^\.\/+/, "").replace(/\/+$/, "") || ".";
  const reporter = actionReporter();
  const r = await computePreview(
    {
      source: inputs.source,
      base: ev.baseSha,
      head: ev.headSha,
      frozen: inputs.frozen,
      capabilitiesFromBase: ev.fork ? ev.baseSha : void 0,
      sourceRepo: inputs.sourceRepo,
      blobBase: repo ? `${server}/${repo}/blob/${ev.headSha}/` : void 0
    },
    reporter
  );
  if (repo) r.report.blobBase = `${server}/${repo}/blob/${ev.headSha}/${r.prefix}`;
  r.report.base.label = ev.baseRef;
  r.report.head.label = `#${ev.number}`;
  if (ev.fork)
    r.report.notices.unshift(
      "pull request from a fork: capability packs, capstan.lock and the capabilities list come from the base branch"
    );
  const marker = stickyMarker(`preview:${source}`);
  const runUrl = repo && process.env.GITHUB_RUN_ID ? `${server}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0;
  const where = runUrl ? `[the job summary](${runUrl})` : "the job summary";
  const comment = renderMarkdown(r.report, { limit: COMMENT_LIMIT, marker, fullReport: where });
  const full = renderMarkdown(r.report, {
    limit: Number.MAX_SAFE_INTEGER,
    groupNames: Number.MAX_SAFE_INTEGER
  });
  const summary2 = renderMarkdown(r.report, {
    limit: SUMMARY_LIMIT - 4096,
    measure: utf8Length,
    fullReport: "the report file (output report-path)"
  });
  const dir = process.env.RUNNER_TEMP || tmpdir();
  const reportPath = join(
    dir,
    `capstan-preview-${createHash("sha256").update(source).digest("hex").slice(0, 12)}.md`
  );
  writeFileSync(reportPath, full.body);
  writeFileSync(reportPath.replace(/\.md$/, ".comment.md"), comment.body);
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2.body, true).write();
  const post = inputs.previewComment === "true" || inputs.previewComment === "auto" && !ev.fork;
  if (post) {
    if (!inputs.token)
      throw new UsageError(
        "preview needs the token input to post its comment (or set comment: false)"
      );
    const [owner, name] = repo.split("/");
    if (!owner || !name) throw new UsageError("GITHUB_REPOSITORY is not set (owner/repo)");
    const gh = new GitHubApi({
      token: inputs.token,
      owner,
      repo: name,
      baseUrl: process.env.GITHUB_API_URL || void 0
    });
    const action = await gh.upsertStickyComment(ev.number, `preview:${source}`, comment.body);
    info(`preview comment on #${ev.number}: ${action}`);
  } else {
    info(
      ev.fork ? "pull request from a fork: the comment is left to a workflow_run job (see docs/workflows/preview.yml); the report is in report-path" : "comment: false \u2014 the report is in report-path and the job summary"
    );
  }
  const apps = changedAppCounts(r.report.diffs);
  setOutput("changed", apps.length ? "true" : "false");
  setOutput("changed-apps", JSON.stringify(apps));
  setOutput("report-path", reportPath);
  const objects = comment.shown + comment.grouped + comment.named + comment.counted;
  info(
    apps.length ? `rendered changes in ${reachText(r.report.diffs)} (${apps.length} app \xD7 environment pairs, ${objects} objects); comment ${comment.body.length} chars: ${comment.shown} diffs shown covering ${comment.shown + comment.grouped} objects, ${comment.named} named, ${comment.counted} counted` : `no rendered change; comment ${comment.body.length} chars`
  );
  if (r.report.problems.length) throw new UserError(r.report.problems);
}

// src/action/promote.ts
async function promoteCommand(inputs) {
  if (!inputs.from)
    throw new UsageError(
      "command promote needs the input from (and to, or every environment that promotes from it)"
    );
  const reporter = actionReporter();
  const id = await sourceIdentity(inputs.source, { sourceRepo: inputs.sourceRepo });
  const configured = loadConfig(readConfigFile(inputs.source)).envRepo.url;
  const envRepo = inputs.envRepo ?? (configured ? envRepoLocation(configured, inputs.serverUrl, inputs.source) : void 0);
  const results = await promoteFanOut(
    {
      source: inputs.source,
      envRepo,
      from: inputs.from,
      to: inputs.to,
      apps: inputs.apps,
      revision: inputs.revision,
      force: inputs.force,
      push: !inputs.dryRun,
      token: inputs.token,
      sourceRepo: id.sourceRepo,
      committer: inputs.committer,
      frozen: inputs.frozen,
      github: { apiUrl: inputs.githubApiUrl, serverUrl: inputs.serverUrl }
    },
    reporter
  );
  for (const r of results) for (const line of promoteLines(r)) info(line);
  setOutputs(results);
  if (process.env.GITHUB_STEP_SUMMARY)
    await summary.addRaw(results.map(summaryOf).join("\n"), true).write();
}
function setOutputs(results) {
  const per = (f) => results.length === 1 ? f(results[0]) : JSON.stringify(Object.fromEntries(results.map((r) => [r.to, f(r)])));
  setOutput("changed", String(results.some((r) => r.status === "proposed")));
  setOutput(
    "verified",
    per((r) => String(r.verification?.verified ?? true))
  );
  setOutput(
    "pr-number",
    per((r) => r.pr?.number !== void 0 ? String(r.pr.number) : "")
  );
  setOutput(
    "pr-url",
    per((r) => r.pr?.url ?? "")
  );
  setOutput(
    "revision",
    per((r) => r.revision ?? "")
  );
  setOutput(
    "changed-apps",
    JSON.stringify(
      results.flatMap(
        (r) => r.diffs.map((d) => ({
          env: d.env,
          app: d.app,
          added: d.added,
          changed: d.changed,
          removed: d.removed
        }))
      )
    )
  );
}
function summaryOf(r) {
  if (r.status === "unverified")
    return `## ${r.from} \u2192 ${r.to}: not verified, nothing promoted

${verificationMarkdown(r.verification)}
Run again once the gates pass (a \`schedule:\` does), or with \`force: true\`.
`;
  if (r.status === "nothing-to-promote")
    return `## ${r.from} \u2192 ${r.to}: nothing to promote

${r.pr?.action === "closed" ? `Closed the stale pull request #${r.pr.number}.
` : ""}`;
  const where = r.direct ? `Pushed to \`${r.base}\` (autoPromote): ${r.commit}

` : r.pr?.url ? `Pull request: ${r.pr.url}

` : "";
  return `## ${r.title}

${where}${r.body}`;
}

// src/action/outputs.ts
function renderOutputs(r) {
  const commits = {};
  const changedApps = [];
  const pullRequests = {};
  for (const e of r.reports) {
    if (e.commit) commits[e.env] = e.commit;
    if (e.status !== "unchanged" && e.status !== "skipped-older") {
      for (const a of e.apps)
        if (a.change !== "unchanged")
          changedApps.push({
            env: e.env,
            app: a.name,
            added: a.added.length,
            changed: a.changed.length,
            removed: a.removed.length
          });
    }
    if (e.pr?.url) pullRequests[e.env] = e.pr.url;
  }
  return {
    commits,
    changedApps,
    pullRequests,
    changed: Object.keys(commits).length > 0 || changedApps.length > 0
  };
}
async function setRenderOutputs(r, source) {
  const o = renderOutputs(r);
  setOutput("commits", JSON.stringify(o.commits));
  setOutput("changed-apps", JSON.stringify(o.changedApps));
  setOutput("pull-requests", JSON.stringify(o.pullRequests));
  setOutput("changed", String(o.changed));
  if (process.env.GITHUB_STEP_SUMMARY) {
    let md = summaryMarkdown(r.reports, source);
    if (r.mode === "dry-run") md += "\n_Dry run: nothing was committed._\n";
    if (r.removedEnvs.length)
      md += `
Environments removed from capstan.yaml but present in the env repo: ${r.removedEnvs.join(", ")}
`;
    await summary.addRaw(md).write();
  }
  return o;
}

// src/action/render.ts
async function renderCommand(inputs) {
  const reporter = actionReporter();
  const id = await sourceIdentity(inputs.source, {
    sourceRepo: inputs.sourceRepo,
    commit: inputs.sourceCommit
  });
  const options = (envRepo2) => ({
    envRepo: envRepo2,
    push: !inputs.dryRun,
    dryRun: inputs.dryRun,
    envs: inputs.environments,
    token: inputs.token,
    committer: inputs.committer,
    frozen: inputs.frozen,
    allowMassDeletion: inputs.allowMassDeletion,
    pruneRemovedEnvs: inputs.pruneRemovedEnvs,
    sourceDir: inputs.source,
    github: { apiUrl: inputs.githubApiUrl, serverUrl: inputs.serverUrl }
  });
  const locate = (config) => {
    const configured = config.envRepo.url;
    return inputs.envRepo ?? (configured ? envRepoLocation(configured, inputs.serverUrl, inputs.source) : void 0);
  };
  let started;
  const onConfig = (config) => {
    try {
      const early = locate(config);
      if (early) started = startEnvRepo(config, id.sourceRepo, options(early));
    } catch {
    }
  };
  let src, envRepo;
  try {
    src = await loadFromDir({
      source: inputs.source,
      ...id,
      gitToken: inputs.token,
      onConfig,
      previousStates: () => started?.states
    });
    envRepo = locate(src.config);
    if (!envRepo)
      throw new UsageError(
        "render needs the env repo: set input env-repo (owner/name or a URL) or envRepo.url in capstan.yaml"
      );
  } catch (e) {
    await started?.close();
    throw e;
  }
  const r = await renderToRepo(src, options(envRepo), reporter, started);
  for (const line of reportLines(r.reports)) info(line);
  await setRenderOutputs(r, id);
}

// src/action/validate.ts
async function validateCommand(inputs) {
  const id = await sourceIdentity(inputs.source, {
    sourceRepo: inputs.sourceRepo,
    commit: inputs.sourceCommit
  });
  const src = await loadFromDir({ source: inputs.source, ...id, gitToken: inputs.token });
  const n = await validateAll(
    src,
    selectEnvs(src, inputs.environments),
    { frozen: inputs.frozen },
    actionReporter()
  );
  info(`valid: ${src.apps.length} application(s), ${n} object(s)`);
  setOutput("changed", "false");
}

// src/action/run.ts
var HANDLERS = {
  render: renderCommand,
  validate: validateCommand,
  preview: previewCommand,
  promote: promoteCommand
};
async function run() {
  const reporter = actionReporter();
  const since = pathCounts();
  let command = "";
  try {
    const inputs = readInputs();
    command = inputs.command;
    for (const s of inputs.secrets) setSecret(s);
    const handler = HANDLERS[inputs.command];
    if (!handler)
      throw new CapstanError(`command "${inputs.command}" is not available in this build`);
    await handler(inputs);
  } catch (e) {
    if (e instanceof UserError) {
      reporter.problems(e.problems);
      const commits = command === "render" || command === "promote";
      setFailed(`${e.problems.length} error(s)${commits ? "; nothing was committed" : ""}`);
    } else if (e instanceof CapstanError) setFailed(e.message);
    else
      setFailed(
        `capstan crashed (a bug \u2014 please report it): ${e.stack ?? String(e)}`
      );
  } finally {
    if (referenceMode()) process.stderr.write(referenceLine(since) + "\n");
  }
}

// src/index.ts
await run();
