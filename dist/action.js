import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ACTION_STYLE,
  REVERT_LABEL,
  applyPlan,
  blockingFindings,
  createPlanFile,
  describeChanges,
  describePlanWarning,
  describeReverts,
  describeSkippedChecks,
  drawLayout,
  formatInline,
  formatSummaryLine,
  groupByKind,
  kindOf,
  listCreatedFields,
  offlineChecks,
  presentStep,
  renderPlanText,
  resultUrl,
  stringifyPlanFile,
  systemClock
} from "./chunks/chunk-D2QNDMZG.js";
import {
  baseResources,
  loadBaseCommit
} from "./chunks/chunk-PMLUTRIM.js";
import {
  readEachWhileLoading,
  takeOverReads
} from "./chunks/chunk-2I5JJNF6.js";
import {
  ConfigError,
  completeConnection,
  isReadableRelativePath,
  loadProject,
  locateConnection,
  planProject,
  validateProject
} from "./chunks/chunk-EZFEKY22.js";
import {
  createPlan,
  filterPlan,
  formatDiagnostic,
  hasChanges,
  reviseSteps,
  sortDiagnostics
} from "./chunks/chunk-QWMD3NVY.js";
import {
  normalizeKey
} from "./chunks/chunk-BPKE5F53.js";
import {
  readFieldActivity
} from "./chunks/chunk-TWTLZAJ7.js";
import {
  require_undici
} from "./chunks/chunk-FWHMFG4G.js";
import {
  KINDS,
  getKind
} from "./chunks/chunk-4NC3SSOY.js";
import {
  readSecretValues
} from "./chunks/chunk-E7XSA44L.js";
import {
  DEFAULT_CONFIG,
  KEY_VARIABLE
} from "./chunks/chunk-VST4TW6V.js";
import {
  ToolError,
  categoryOf,
  formatAddress,
  hashJson,
  isJsonObject,
  readRef
} from "./chunks/chunk-ONGOTDVW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-HANBNIMK.js";

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http = __require("http");
    var https = __require("https");
    var events = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// src/entry/action.ts
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

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
function issue(name, message = "") {
  issueCommand(name, {}, message);
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
var tunnel = __toESM(require_tunnel2(), 1);
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
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
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
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
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
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
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
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/action/host.ts
function annotation(site) {
  if (!site) return void 0;
  return { file: site.file, startLine: site.line, ...site.column ? { startColumn: site.column } : {}, ...site.title ? { title: site.title } : {} };
}
function createRunnerHost() {
  return {
    input: (name) => getInput(name),
    info: (text) => info(text),
    debug: (text) => debug(text),
    warning: (text, site) => warning(text, annotation(site)),
    error: (text, site) => error(text, annotation(site)),
    group: (name, fn) => group(name, fn),
    setSecret: (value) => setSecret(value),
    setOutput: (name, value) => setOutput(name, value),
    appendSummary: async (markdown) => {
      await summary.addRaw(markdown, true).write();
    },
    fail: (message) => setFailed(message)
  };
}

// src/action/main.ts
import { tmpdir } from "node:os";

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION5 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error2) => {
      const requestId = error2.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error2.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error2;
    });
  });
}
requestLog.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION7 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION7;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION7;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION8 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION8}`
  }
);

// src/adapters/github/client.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var GitHubApiError = class extends ToolError {
  status;
  constructor(message, status) {
    super("github", message);
    this.name = "GitHubApiError";
    this.status = status;
  }
};
function gitHubStatusOf(error2) {
  return error2 instanceof GitHubApiError ? error2.status : void 0;
}
function detailOf(data) {
  if (typeof data !== "object" || data === null) return "";
  const { message, errors } = data;
  const details = Array.isArray(errors) ? errors.map((e) => typeof e === "string" ? e : typeof e?.message === "string" ? e.message : "").filter(Boolean) : [];
  return [typeof message === "string" ? message : "", ...details].filter(Boolean).join(": ");
}
function toGitHubError(error2, what, baseUrl) {
  const raw = error2;
  if (typeof raw?.status !== "number") return error2;
  const message = typeof raw.message === "string" ? raw.message : String(error2);
  if (!raw.response) return new GitHubApiError(`could not reach GitHub at ${baseUrl} to ${what}: ${message}`);
  const detail = detailOf(raw.response.data);
  return new GitHubApiError(`GitHub refused to ${what} (${raw.status}${detail ? ` ${detail}` : ""})`, raw.status);
}
function toPull(raw) {
  return { number: raw.number, body: raw.body ?? "", state: raw.state === "closed" ? "closed" : "open", merged: Boolean(raw.merged_at), author: raw.user?.login ?? "", url: raw.html_url };
}
function toComment(raw) {
  return { id: raw.id, body: raw.body ?? "", author: raw.user?.login ?? "", url: raw.html_url };
}
function toIssue(raw) {
  return { number: raw.number, title: raw.title, body: raw.body ?? "", state: raw.state === "closed" ? "closed" : "open", author: raw.user?.login ?? "", url: raw.html_url };
}
function createGitHubApi(options) {
  const octokit = new Octokit2({ auth: options.token, baseUrl: options.baseUrl, userAgent: "posthog-definitions-action", log: { debug() {
  }, info() {
  }, warn() {
  }, error() {
  } } });
  const repo = { owner: options.owner, repo: options.repo };
  const call = async (what, work) => {
    try {
      return await work();
    } catch (error2) {
      throw toGitHubError(error2, what, options.baseUrl);
    }
  };
  const gone = (error2) => gitHubStatusOf(error2) === 404;
  return {
    viewerLogin: () => call("read the token's account", async () => {
      try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
      } catch (error2) {
        const status = error2?.status;
        if ((status === 403 || status === 404) && error2.response) return ACTIONS_BOT_LOGIN;
        throw error2;
      }
    }),
    listComments: (issue2) => call(`list the comments of #${issue2}`, async () => (await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue2, per_page: 100 })).map(toComment)),
    createComment: (issue2, body) => call(`comment on #${issue2}`, async () => toComment((await octokit.rest.issues.createComment({ ...repo, issue_number: issue2, body })).data)),
    updateComment: (id, body) => call(`edit comment ${id}`, async () => toComment((await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body })).data)),
    async deleteComment(id) {
      try {
        await call(`delete comment ${id}`, () => octokit.rest.issues.deleteComment({ ...repo, comment_id: id }));
      } catch (error2) {
        if (!gone(error2)) throw error2;
      }
    },
    pullRequestsForCommit: (sha) => call(`find the pull request of commit ${sha.slice(0, 7)}`, async () => {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
      return data.map((pr) => ({ number: pr.number, ...pr.merged_at ? { mergedAt: pr.merged_at } : {}, ...pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {} }));
    }),
    listIssues: (label) => call(`list the issues labelled ${label}`, async () => {
      const rows = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: label, state: "all", per_page: 100 });
      return rows.filter((row) => !row.pull_request).map(toIssue);
    }),
    createIssue: (issue2) => call("open an issue", async () => toIssue((await octokit.rest.issues.create({ ...repo, ...issue2 })).data)),
    updateIssue: (issue2, change) => call(`edit issue #${issue2}`, async () => {
      const { data } = await octokit.rest.issues.update({
        ...repo,
        issue_number: issue2,
        ...change.title !== void 0 ? { title: change.title } : {},
        ...change.body !== void 0 ? { body: change.body } : {},
        ...change.state ? { state: change.state } : {},
        ...change.stateReason ? { state_reason: change.stateReason } : {}
      });
      return toIssue(data);
    }),
    createCheckRun: (check) => call(`create the check run "${check.name}"`, async () => {
      const { data } = await octokit.rest.checks.create({
        ...repo,
        name: check.name,
        head_sha: check.headSha,
        status: "completed",
        conclusion: check.conclusion,
        ...check.detailsUrl ? { details_url: check.detailsUrl } : {},
        ...check.externalId ? { external_id: check.externalId } : {},
        output: { title: check.title, summary: check.summary }
      });
      return { id: data.id, url: data.html_url ?? "" };
    }),
    listLabels: (issue2) => call(`list the labels of #${issue2}`, async () => (await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issue2, per_page: 100 })).map((l) => l.name)),
    async addLabels(issue2, labels) {
      await call(`label #${issue2}`, () => octokit.rest.issues.addLabels({ ...repo, issue_number: issue2, labels: [...labels] }));
    },
    async removeLabel(issue2, label) {
      try {
        await call(`remove the label ${label} from #${issue2}`, () => octokit.rest.issues.removeLabel({ ...repo, issue_number: issue2, name: label }));
      } catch (error2) {
        if (!gone(error2)) throw error2;
      }
    },
    commitTree: (sha) => call(`read commit ${sha.slice(0, 7)}`, async () => (await octokit.rest.git.getCommit({ ...repo, commit_sha: sha })).data.tree.sha),
    commitFiles: (change) => call(`write a commit of ${change.files.length} file(s)`, async () => {
      const tree = await octokit.rest.git.createTree({ ...repo, base_tree: change.baseTree, tree: change.files.map((f) => ({ path: f.path, mode: "100644", type: "blob", content: f.content })) });
      return (await octokit.rest.git.createCommit({ ...repo, message: change.message, tree: tree.data.sha, parents: [change.parent] })).data.sha;
    }),
    async branchHead(branch) {
      try {
        return await call(`read the branch ${branch}`, async () => (await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` })).data.object.sha);
      } catch (error2) {
        if (gone(error2)) return void 0;
        throw error2;
      }
    },
    async setBranch(branch, sha, exists2) {
      await call(`${exists2 ? "move" : "create"} the branch ${branch}`, async () => {
        if (exists2) await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
        else await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
      });
    },
    async deleteBranch(branch) {
      try {
        await call(`delete the branch ${branch}`, () => octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` }));
      } catch (error2) {
        if (!gone(error2) && gitHubStatusOf(error2) !== 422) throw error2;
      }
    },
    listPullRequests: (branch) => call(`list the pull requests of ${branch}`, async () => (await octokit.paginate(octokit.rest.pulls.list, { ...repo, head: `${options.owner}:${branch}`, state: "all", per_page: 100 })).map(toPull)),
    createPullRequest: (pull) => call(`open a pull request from ${pull.head}`, async () => toPull((await octokit.rest.pulls.create({ ...repo, ...pull })).data)),
    updatePullRequest: (pull, change) => call(`edit pull request #${pull}`, async () => toPull((await octokit.rest.pulls.update({ ...repo, pull_number: pull, ...change })).data))
  };
}

// src/adapters/github/context.ts
import { readFile } from "node:fs/promises";
async function readRunContext(env) {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo] = repository.split("/");
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY must be "owner/name"; got "${repository}"`);
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8")) : {};
  const pr = payload.pull_request;
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const context = {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    sha: payload.merge_group?.head_sha ?? pr?.head?.sha ?? env.GITHUB_SHA ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ref: env.GITHUB_REF ?? "",
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    runLabel: env.GITHUB_RUN_NUMBER ? `run #${env.GITHUB_RUN_NUMBER}` : "this run",
    ...runUrl ? { runUrl } : {}
  };
  if (pr && typeof pr.number === "number") {
    const headRepo = pr.head?.repo;
    context.pullRequest = {
      number: pr.number,
      headSha: pr.head?.sha ?? "",
      fromFork: !headRepo || headRepo.fork === true || headRepo.full_name !== (pr.base?.repo?.full_name ?? repository),
      ...typeof pr.base?.sha === "string" && /^[0-9a-f]{40}$/.test(pr.base.sha) ? { baseSha: pr.base.sha } : {}
    };
  }
  const group2 = payload.merge_group;
  if (group2?.head_sha && typeof group2.head_ref === "string") {
    const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(group2.head_ref)?.[1];
    context.mergeGroup = {
      headSha: group2.head_sha,
      headRef: group2.head_ref,
      ...number ? { pullRequest: Number(number) } : {},
      ...typeof group2.base_sha === "string" && /^[0-9a-f]{40}$/.test(group2.base_sha) ? { baseSha: group2.base_sha } : {}
    };
  }
  return context;
}

// src/render/markdown-text.ts
var GITHUB_BODY_LIMIT = 65536;
var STEP_SUMMARY_LIMIT = 1e6;
function measure(text) {
  return Buffer.byteLength(text, "utf8");
}
function neutralize(text) {
  return text.replace(/@|#(?=\d)|\bGH-(?=\d)/gi, "$&&#8203;");
}
function escapeHtmlText(text) {
  return neutralize(text.replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}
function escapeMarkdown(text) {
  return escapeHtmlText(text.replace(/[\\`*_[\]|~]/g, "\\$&"));
}
function formatCode(text) {
  const flat = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
function formatFence(content, language = "") {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}
${content.replace(/\n$/, "")}
${fence}`;
}
function formatCallout(notice) {
  return `> [!${notice.level.toUpperCase()}]
> ${escapeMarkdown(notice.text)}`;
}
function shareFairly(needs, total) {
  const order = needs.map((_, i) => i).sort((a, b) => needs[a] - needs[b] || a - b);
  const shares = needs.map(() => 0);
  let left = Math.max(0, total);
  order.forEach((index, position) => {
    const share = Math.min(needs[index], Math.floor(left / (order.length - position)));
    shares[index] = share;
    left -= share;
  });
  return shares;
}
function takeLines(lines, budget) {
  const shown = [];
  let left = budget;
  for (const line of lines) {
    const size = measure(line) + 1;
    if (size > left) break;
    left -= size;
    shown.push(line);
  }
  return { shown, omitted: lines.length - shown.length };
}

// src/adapters/github/sticky-comment.ts
import { setTimeout as sleep } from "node:timers/promises";
var SETTLE_MS = 400;
var MAX_WRITES = 6;
async function listOwnComments(api, issue2, marker, login) {
  const comments = await api.listComments(issue2);
  return comments.filter((comment) => comment.author === login && comment.body.includes(marker));
}
async function findOwnComment(api, issue2, marker, login) {
  return (await listOwnComments(api, issue2, marker, login))[0];
}
async function settleComment(api, issue2, marker, login, edit) {
  let quiet = 0;
  let created;
  for (let writes = 0; ; ) {
    const own = await listOwnComments(api, issue2, marker, login);
    const primary = own[0];
    if (primary && edit.holds(primary.body)) {
      if (writes > 0 && ++quiet < 2) {
        await sleep(SETTLE_MS + Math.floor(Math.random() * SETTLE_MS));
        continue;
      }
      for (const duplicate of own.slice(1)) await api.deleteComment(duplicate.id);
      return { action: writes === 0 ? "unchanged" : created === primary.id ? "created" : "updated", comment: primary };
    }
    if (writes >= MAX_WRITES) {
      if (primary) return { action: "unsettled", comment: primary };
      throw new Error(`the comment written on #${issue2} cannot be found again`);
    }
    const body = edit.next(primary);
    if (body === void 0) return { action: "skipped" };
    quiet = 0;
    writes++;
    if (primary) await api.updateComment(primary.id, body);
    else created = (await api.createComment(issue2, body)).id;
  }
}

// src/core/plan/review.ts
function digestStep(step) {
  return hashJson({ kind: step.kind, key: normalizeKey(step.key), action: step.action, id: step.id ?? null, before: step.before ?? null, after: step.after ?? null, changes: step.changes }).slice(0, 10);
}
function digestChanges(plan) {
  return plan.steps.filter((s) => s.action !== "no-op").map(digestStep).sort();
}
function checkAgainstReview(plan, record, environment) {
  if (record.fingerprints[environment] === plan.fingerprint) return { verdict: "matches" };
  const reviewed = record.changes[environment];
  const changed = plan.steps.filter((s) => s.action !== "no-op");
  if (!reviewed) return { verdict: "changed", unreviewed: changed, dropped: 0 };
  const pool = /* @__PURE__ */ new Map();
  for (const digest of reviewed) pool.set(digest, (pool.get(digest) ?? 0) + 1);
  const unreviewed = [];
  for (const step of changed) {
    const digest = digestStep(step);
    const left = pool.get(digest) ?? 0;
    if (left > 0) pool.set(digest, left - 1);
    else unreviewed.push(step);
  }
  const dropped = [...pool.values()].reduce((n, v) => n + v, 0);
  return unreviewed.length === 0 ? { verdict: "remaining", done: dropped } : { verdict: "changed", unreviewed, dropped };
}

// src/render/markdown-sections.ts
var PREFIX = "<!-- posthog-definitions:";
var SECTION = `${PREFIX}section `;
var SHARED = `${PREFIX}shared `;
var STEP = `${PREFIX}step `;
var REST = `${PREFIX}rest -->`;
var NOTE = `${PREFIX}note -->`;
var SECTIONS_END = `${PREFIX}sections-end -->`;
function encodeJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}
function decodeMarker(line, prefix) {
  try {
    return JSON.parse(line.slice(prefix.length, -" -->".length));
  } catch {
    return void 0;
  }
}
function kindTitle(kind) {
  const words = kind.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
function countLine(actions) {
  const counts = { create: 0, update: 0, replace: 0, delete: 0 };
  for (const action of actions) if (action !== "no-op") counts[action]++;
  return ["delete", "replace", "update", "create"].filter((a) => counts[a] > 0).map((a) => `${counts[a]} to ${a}`).join(", ");
}
var linkOf = (id, url) => url ? `[id ${id}](${url})` : `id ${id}`;
function idSuffix(placed) {
  const entries = Object.entries(placed.at).filter(([, where]) => where.id !== void 0);
  if (entries.length === 0) return "";
  const single = Object.keys(placed.at).length === 1;
  if (placed.fragment.form === "brief") return ` (${entries.map(([env, w]) => `${single ? "" : `${escapeMarkdown(env)} `}id ${w.id}`).join(", ")})`;
  return ` · ${entries.map(([env, w]) => `${single ? "" : `${escapeMarkdown(env)} `}${linkOf(w.id, w.url)}`).join(", ")}`;
}
function renderPlaced(placed, marked) {
  const [first = "", ...others] = placed.fragment.text.split("\n");
  const text = [`${first}${idSuffix(placed)}`, ...others].join("\n");
  if (!marked) return text;
  const at = Object.fromEntries(Object.entries(placed.at).map(([env, w]) => [env, [w.index, ...w.id !== void 0 ? [w.id, ...w.url !== void 0 ? [w.url] : []] : []]]));
  const { kind, action, form } = placed.fragment;
  return `${STEP}${encodeJson({ k: kind, a: action, f: form, e: at })} -->
${text}`;
}
function renderGroups(placed, total, marked) {
  const groups = [];
  for (const p of placed) {
    const last = groups.at(-1);
    if (last && last[0].fragment.kind === p.fragment.kind) last.push(p);
    else groups.push([p]);
  }
  return groups.map((group2) => {
    const open2 = total <= 20 || group2.some((p) => p.fragment.action === "delete");
    const title = `${escapeHtmlText(kindTitle(group2[0].fragment.kind))} · ${countLine(group2.map((p) => p.fragment.action))}`;
    const body = group2.map((p) => renderPlaced(p, marked)).join(group2[0].fragment.form === "full" ? "\n\n" : "\n");
    return `<details${open2 ? " open" : ""}><summary>${title}</summary>

${body}

</details>`;
  });
}
function placeIn(environment, fragments) {
  return fragments.map((fragment, index) => ({ fragment, at: { [environment]: { index, ...fragment.id !== void 0 ? { id: fragment.id } : {}, ...fragment.url !== void 0 ? { url: fragment.url } : {} } } }));
}
function renderModel(environment, model, marked, options = {}) {
  const parts = [model.head];
  if (options.note) parts.push(marked ? `${NOTE}
${options.note}` : options.note);
  parts.push(...renderGroups(options.shown ?? placeIn(environment, model.fragments), model.fragments.length, marked));
  if (model.rest) parts.push(marked ? `${REST}
${model.rest}` : model.rest);
  return parts.join("\n\n");
}
function showFragment(fragment) {
  return renderPlaced(placeIn("", [fragment])[0], false);
}
function renderSection(environment, model, marked) {
  return renderModel(environment, model, marked);
}
function parseBlock(lines) {
  const text = lines.join("\n").trim();
  if (!lines.some((l) => l.startsWith(STEP) || l === REST || l === NOTE)) return { model: { head: text, fragments: [], rest: "" }, placed: [] };
  const head = [];
  const placed = [];
  let current;
  let started = false;
  const close = () => {
    if (!current) return;
    const at = {};
    for (const [env, value] of Object.entries(current.marker.e ?? {})) {
      if (!Array.isArray(value) || typeof value[0] !== "number") continue;
      at[env] = { index: value[0], ...typeof value[1] === "string" ? { id: value[1] } : {}, ...typeof value[2] === "string" ? { url: value[2] } : {} };
    }
    const fragment = { kind: current.marker.k, action: current.marker.a, form: current.marker.f === "brief" ? "brief" : "full", text: "" };
    const shown = current.lines.join("\n").trim();
    const suffix = idSuffix({ fragment, at });
    const [first = "", ...others] = shown.split("\n");
    fragment.text = [first.endsWith(suffix) ? first.slice(0, first.length - suffix.length) : first, ...others].join("\n");
    placed.push({ fragment, at });
    current = void 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === REST) {
      close();
      return { model: { head: head.join("\n").trim(), fragments: [], rest: lines.slice(i + 1).join("\n").trim() }, placed };
    }
    if (line === NOTE) {
      while (lines[i + 1] === "") i++;
      i++;
      continue;
    }
    if (line.startsWith(STEP) && line.endsWith(" -->")) {
      close();
      started = true;
      const marker = decodeMarker(line, STEP);
      current = { marker: typeof marker === "object" && marker !== null ? marker : {}, lines: [] };
      continue;
    }
    if (/^<details( open)?><summary>.*<\/summary>$/.test(line) || line === "</details>") {
      close();
      started = true;
      continue;
    }
    if (current) current.lines.push(line);
    else if (!started) head.push(line);
  }
  close();
  return { model: { head: head.join("\n").trim(), fragments: [], rest: "" }, placed };
}
function shareOf(fragment) {
  return hashJson({ k: fragment.kind, a: fragment.action, f: fragment.form, t: fragment.text });
}
function listNames(names) {
  const escaped = names.map(escapeMarkdown);
  return escaped.length <= 1 ? escaped[0] ?? "" : `${escaped.slice(0, -1).join(", ")} and ${escaped.at(-1)}`;
}
function composeSections(sections, marked) {
  const parsed = sections.map((s) => ({ environment: s.environment, ...parseBlock(s.section.split("\n")) }));
  const holders = /* @__PURE__ */ new Map();
  for (const { environment, placed } of parsed) for (const p of placed) holders.set(shareOf(p.fragment), [.../* @__PURE__ */ new Set([...holders.get(shareOf(p.fragment)) ?? [], environment])]);
  const sharedBlocks = /* @__PURE__ */ new Map();
  const merged = /* @__PURE__ */ new Map();
  for (const { environment, placed } of parsed) {
    for (const p of placed) {
      const share = shareOf(p.fragment);
      const environments = holders.get(share);
      if (environments.length < 2) continue;
      const known = merged.get(share);
      if (known) {
        known.at[environment] = p.at[environment];
        continue;
      }
      const entry = { fragment: p.fragment, at: { ...p.at } };
      merged.set(share, entry);
      const setKey = JSON.stringify(environments);
      const block = sharedBlocks.get(setKey) ?? { environments, placed: [] };
      block.placed.push(entry);
      sharedBlocks.set(setKey, block);
    }
  }
  const out = [];
  for (const block of sharedBlocks.values()) {
    const count = block.placed.length;
    const heading = `### Same in ${listNames(block.environments)} · ${count} change${count === 1 ? "" : "s"}`;
    const body = [heading, ...renderGroups(block.placed, count, marked)].join("\n\n");
    out.push(marked ? `${SHARED}${encodeJson(block.environments)} -->
${body}` : body);
  }
  for (const { environment, model, placed } of parsed) {
    const own = placed.filter((p) => (holders.get(shareOf(p.fragment)) ?? []).length < 2);
    const sharedCount = placed.length - own.length;
    const every = sharedCount === placed.length;
    const note = sharedCount > 0 ? `_${every ? "Every change" : `${sharedCount} of the ${placed.length} changes`} of this environment ${every || sharedCount === 1 ? "is" : "are"} the same in another environment and shown once above._` : void 0;
    const full = { ...model, fragments: placed.map((p) => p.fragment) };
    const body = renderModel(environment, full, marked, { shown: own, ...note ? { note } : {} });
    out.push(marked ? `${SECTION}${environment} -->
${body}` : body);
  }
  return out.join("\n\n");
}
function readSections(body) {
  const blocks = [];
  for (const line of body.split("\n")) {
    if (line === SECTIONS_END) break;
    if (line.startsWith(SECTION) && line.endsWith(" -->")) blocks.push({ kind: "section", name: line.slice(SECTION.length, -" -->".length), lines: [] });
    else if (line.startsWith(SHARED) && line.endsWith(" -->")) blocks.push({ kind: "shared", name: "", lines: [] });
    else blocks.at(-1)?.lines.push(line);
  }
  const extra = /* @__PURE__ */ new Map();
  for (const block of blocks.filter((b) => b.kind === "shared")) {
    for (const p of parseBlock(block.lines).placed) for (const environment of Object.keys(p.at)) extra.set(environment, [...extra.get(environment) ?? [], { fragment: p.fragment, at: { [environment]: p.at[environment] } }]);
  }
  const sections = /* @__PURE__ */ new Map();
  for (const block of blocks.filter((b) => b.kind === "section")) {
    const { model, placed } = parseBlock(block.lines);
    const all = [...placed, ...extra.get(block.name) ?? []].sort((a, b) => a.at[block.name].index - b.at[block.name].index);
    const fragments = all.map((p) => ({ ...p.fragment, ...withWhere(p.at[block.name]) }));
    sections.set(block.name, renderSection(block.name, { ...model, fragments }, true));
  }
  return sections;
}
function withWhere(where) {
  return { ...where.id !== void 0 ? { id: where.id } : {}, ...where.url !== void 0 ? { url: where.url } : {} };
}

// src/render/markdown.ts
var MORE = "(the job summary lists every change)";
function projectUrl(row) {
  return /^https?:\/\//.test(row.host) ? `${row.host}/project/${encodeURIComponent(row.projectId)}` : void 0;
}
function diffLinesOf(step) {
  return describeChanges(step).flatMap((item) => {
    if (item.type === "block") return [`@@ ${item.path} @@`, ...item.rows.map((row) => `${row.sign} ${row.text}`)];
    const change = item.change;
    if (change.kind === "add") return [`+ ${change.path}: ${formatInline(change.after)}`];
    if (change.kind === "remove") return [`- ${change.path}: ${formatInline(change.before)}`];
    return [`- ${change.path}: ${formatInline(change.before)}`, `+ ${change.path}: ${formatInline(change.after)}`];
  });
}
function stepDiff(step) {
  if (step.action === "create") return listCreatedFields(step).flatMap((row) => row.lines ? [`@@ ${row.path} @@`, ...row.lines.map((text) => `+ ${text}`)] : [`+ ${row.path}: ${row.inline ?? ""}`]);
  if (step.action === "update") return diffLinesOf(step);
  return [];
}
function stepHeading(step, view) {
  const file = step.source ? ` · ${formatCode(`${step.source.file}:${step.source.line}`)}` : "";
  return `**${view.style.glyph} ${view.style.verb}** ${view.label} ${formatCode(step.key)}${file}`;
}
function whereOf(step, view) {
  return step.id === void 0 ? {} : { id: escapeMarkdown(String(step.id)), ...view.url ? { url: view.url } : {} };
}
function formatFieldActivity(activity) {
  const when = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(activity.at) ? `${activity.at.slice(0, 10)} ${activity.at.slice(11, 16)} UTC` : activity.at;
  return `${formatCode(activity.field)} by ${escapeMarkdown(activity.by)} on ${escapeMarkdown(when)}`;
}
function renderStepFull(plan, step, activity) {
  const view = presentStep(plan, step);
  const parts = [stepHeading(step, view)];
  const edits = activity?.[`${step.kind}/${step.key}`] ?? [];
  const reverts = describeReverts(plan, step, edits);
  const reverted = reverts.map((r) => `- ↩️ ${REVERT_LABEL}: ${r.by ? formatFieldActivity(r.by) : r.paths.map(formatCode).join(", ")}`);
  const changedBy = edits.filter((a) => !reverts.some((r) => r.field === a.field)).map((a) => `- ✏️ changed in PostHog: ${formatFieldActivity(a)}`);
  const notes = [...view.warnings.map((w) => `- ⚠️ ${escapeMarkdown(w)}`), ...reverted, ...changedBy, ...view.notes.map((s) => `- ${escapeMarkdown(s)}`)];
  if (notes.length > 0) parts.push(notes.join("\n"));
  if (step.layout) parts.push(formatFence(drawLayout(step.layout).join("\n"), "text"));
  const diff = stepDiff(step);
  if (diff.length > 0) parts.push(formatFence(diff.join("\n"), "diff"));
  return { kind: step.kind, action: step.action, form: "full", text: parts.join("\n\n"), ...whereOf(step, view) };
}
function renderStepBrief(plan, step) {
  const view = presentStep(plan, step);
  const detail = [...view.warnings.map((w) => `⚠️ ${w}`), ...describeReverts(plan, step).map((r) => `↩️ ${REVERT_LABEL}: ${r.paths.join(", ")}`), ...view.notes];
  const fields = step.action === "update" && detail.length === 0 ? ` (${step.changes.length} field${step.changes.length === 1 ? "" : "s"})` : "";
  const text = `- **${view.style.glyph}** ${view.label} ${formatCode(step.key)}${detail.length > 0 ? `: ${escapeMarkdown(detail.join("; "))}` : ""}${fields}`;
  return { kind: step.kind, action: step.action, form: "brief", text, ...step.action === "delete" && step.id !== void 0 ? { id: escapeMarkdown(String(step.id)) } : {} };
}
function frameBlock(block, body, omitted) {
  const more = omitted > 0 ? `${body ? "\n" : ""}- … ${omitted} more ${MORE}` : "";
  const footer = block.footer ? `

${block.footer}` : "";
  return `<details${block.open ? " open" : ""}><summary>${block.title}</summary>

${body}${more}${footer}

</details>`;
}
function orphansBlock(plan) {
  if (plan.orphans.length === 0) return void 0;
  return {
    title: `${plan.orphans.length} managed resource(s) have no definition and are left alone`,
    open: false,
    lines: plan.orphans.map((o) => `- ${kindOf(plan, o.kind).label} ${formatCode(o.key)} (id ${escapeMarkdown(String(o.id))})`),
    footer: "Delete them with the prune mode (workflow_dispatch), which asks for confirmation."
  };
}
function groupsOf(plan) {
  return groupByKind(plan, plan.steps.filter((s) => s.action !== "no-op"));
}
function briefBlocks(plan) {
  const groups = groupsOf(plan);
  const changed = groups.reduce((n, g) => n + g.steps.length, 0);
  const line = (step) => {
    const fragment = renderStepBrief(plan, step);
    return `${fragment.text}${fragment.id !== void 0 ? ` (id ${fragment.id})` : ""}`;
  };
  const blocks = groups.map((group2) => ({
    title: `${escapeHtmlText(kindTitle(group2.kind))} · ${countLine(group2.steps.map((s) => s.action))}`,
    open: changed <= 20 || group2.steps.some((s) => s.action === "delete"),
    lines: group2.steps.map(line)
  }));
  const orphans = orphansBlock(plan);
  return orphans ? [...blocks, orphans] : blocks;
}
function renderEnvironmentSection(report, maxLength, options = {}) {
  const name = escapeMarkdown(report.environment);
  const marked = options.marked ?? false;
  const render = (model) => renderSection(report.environment, model, marked);
  if (!report.plan) return render({ head: `### ${name}

${formatCallout({ level: "caution", text: `Planning failed: ${report.error ?? "unknown error"}` })}`, fragments: [], rest: "" });
  const plan = report.plan;
  const lead = [`### ${name} · ${escapeMarkdown(formatSummaryLine(plan))}`];
  if (report.offline) lead.push(formatCallout({ level: "note", text: `Offline plan: ${report.offline}` }));
  const skipped = describeSkippedChecks(plan);
  if (skipped.length > 0) lead.push(formatCallout({ level: "note", text: `Checks: ${skipped.join("; ")}.` }));
  for (const warning2 of plan.warnings) lead.push(formatCallout({ level: "warning", text: describePlanWarning(plan, warning2) }));
  const head = lead.join("\n\n");
  const steps = groupsOf(plan).flatMap((g) => g.steps);
  const orphans = orphansBlock(plan);
  const rest = orphans ? frameBlock(orphans, orphans.lines.join("\n"), 0) : "";
  const full = render({ head, fragments: steps.map((step) => renderStepFull(plan, step, report.activity)), rest });
  if (measure(full) <= maxLength) return full;
  const brief = render({ head, fragments: steps.map((step) => renderStepBrief(plan, step)), rest });
  if (measure(brief) <= maxLength) return brief;
  const blocks = briefBlocks(plan);
  const assemble = (parts) => render({ head, fragments: [], rest: parts.join("\n\n") });
  const available = maxLength - measure(assemble(blocks.map((b) => frameBlock(b, "", b.lines.length))));
  if (available >= 0) {
    const shares = shareFairly(blocks.map((b) => b.lines.reduce((n, line) => n + measure(line) + 1, 0)), available);
    const cut = assemble(blocks.map((b, i) => {
      const { shown, omitted } = takeLines(b.lines, shares[i]);
      return frameBlock(b, shown.join("\n"), omitted);
    }));
    if (measure(cut) <= maxLength) return cut;
  }
  const stub = render({ head, fragments: [], rest: "This environment's plan is too large to show here; the job summary has every change." });
  return measure(stub) <= maxLength ? stub : lead[0];
}
function rowOf(report) {
  return { environment: report.environment, host: report.host, projectId: report.projectId, ...report.plan ? { summary: report.plan.summary } : {}, ...report.offline ? { offline: true } : {} };
}
function headline(rows) {
  const planned = rows.filter((r) => r.summary);
  const sum = { create: 0, update: 0, delete: 0 };
  for (const row of planned) for (const key of ["create", "update", "delete"]) sum[key] += row.summary[key];
  const failed = rows.length - planned.length;
  const scope = `${planned.length} environment${planned.length === 1 ? "" : "s"}`;
  const main = planned.length === 0 ? "" : sum.create + sum.update + sum.delete === 0 ? `**No changes** in ${scope}.` : `**${sum.create} to create, ${sum.update} to update, ${sum.delete} to delete** across ${scope}.`;
  const failures = failed > 0 ? `**${failed} environment${failed === 1 ? "" : "s"} could not be planned.**` : "";
  return [main, failures].filter(Boolean).join(" ");
}
function statusOf(row) {
  if (!row.summary) return "❌ plan failed";
  if (row.offline) return "🔒 offline";
  const { create, update, delete: remove } = row.summary;
  if (remove > 0) return "⚠️ deletes";
  return create + update > 0 ? "📝 changes" : "✅ up to date";
}
function renderTable(rows) {
  const lines = rows.map((r) => {
    const url = projectUrl(r);
    const project = url ? `[${escapeMarkdown(r.projectId)}](${url})` : escapeMarkdown(r.projectId);
    const s = r.summary;
    return `| ${escapeMarkdown(r.environment)} | ${project} | ${s ? s.create : "–"} | ${s ? s.update : "–"} | ${s ? s.delete : "–"} | ${statusOf(r)} |`;
  });
  return ["| Environment | Project | + | ~ | − | Status |", "| --- | --- | ---: | ---: | ---: | --- |", ...lines].join("\n");
}
function renderDiagnosticLines(diagnostics, max, maxBytes = Number.POSITIVE_INFINITY) {
  const sorted = sortDiagnostics(diagnostics);
  const all = sorted.map((d) => {
    const where = d.source ? `${formatCode(`${d.source.file}:${d.source.line}`)} ` : d.resource ? `${formatCode(d.resource)} ` : "";
    const field = d.field ? `${formatCode(d.field)}: ` : "";
    return `- ${d.severity === "error" ? "❌" : "⚠️"} ${where}${field}${escapeMarkdown(d.message)}`;
  });
  const { shown } = takeLines(all.slice(0, max), maxBytes);
  return { lines: shown, omitted: all.length - shown.length, errors: sorted.some((d) => d.severity === "error") };
}
function formatDiagnosticsBlock(diagnostics) {
  const lines = [...diagnostics.lines, ...diagnostics.omitted > 0 ? [`- … ${diagnostics.omitted} more (see the job log)`] : []];
  const heading = diagnostics.errors ? "### ❌ Invalid definitions\n\nNothing was sent to PostHog. Fix these and push again:" : "### ⚠️ Warnings";
  return `${heading}

${lines.join("\n")}`;
}
function renderPlanHead(rows, options) {
  const head = [];
  if (options.title) head.push(`## ${escapeMarkdown(options.title)}`);
  head.push(headline(rows));
  const deleting = rows.filter((r) => (r.summary?.delete ?? 0) > 0);
  if (deleting.length > 0) {
    const count = deleting.reduce((n, r) => n + r.summary.delete, 0);
    head.push(formatCallout({ level: "caution", text: `${count} resource(s) will be deleted: ${deleting.map((r) => `${r.environment} (${r.summary.delete})`).join(", ")}.` }));
  }
  for (const notice of options.notices ?? []) head.push(formatCallout(notice));
  head.push(renderTable(rows));
  const diagnostics = options.diagnostics;
  if (diagnostics && diagnostics.lines.length + diagnostics.omitted > 0) head.push(formatDiagnosticsBlock(diagnostics));
  return head.filter(Boolean).join("\n\n");
}
function renderPlanMarkdown(reports, options) {
  const diagnostics = options.diagnostics?.length ? renderDiagnosticLines(options.diagnostics, options.maxDiagnostics ?? 30) : void 0;
  const top = renderPlanHead(reports.map(rowOf), { ...options.title ? { title: options.title } : {}, ...options.notices ? { notices: options.notices } : {}, ...diagnostics ? { diagnostics } : {} });
  const assemble = (sections2) => `${[top, ...sections2].join("\n\n")}
`;
  const pool = options.maxLength - measure(assemble(reports.map(() => "")));
  const marked = reports.length > 1;
  const shares = shareFairly(reports.map((r) => measure(renderEnvironmentSection(r, Number.POSITIVE_INFINITY, { marked }))), pool);
  const sections = reports.map((r, i) => ({ environment: r.environment, section: renderEnvironmentSection(r, shares[i], { marked }) }));
  const text = assemble(reports.length > 1 ? [composeSections(sections, false)] : sections.map((s) => s.section));
  if (measure(text) <= options.maxLength) return text;
  const minimal = `${top}

The plan is too large to show here; the job summary has every change.
`;
  return measure(minimal) <= options.maxLength ? minimal : `${escapeMarkdown(options.title ?? "PostHog plan")}: the plan is too large to show here; the job summary has every change.
`;
}
function renderStepsMarkdown(plan, steps) {
  return steps.map((step) => showFragment(renderStepFull(plan, step))).join("\n\n");
}
var RESULT_LABEL = { applied: "✅ applied", failed: "❌ failed", skipped: "⏭️ skipped", unchanged: "unchanged" };
function renderResultsMarkdown(plan, result) {
  const rows = [];
  plan.steps.forEach((step, i) => {
    if (step.action === "no-op") return;
    const outcome = result?.results[i];
    const style = ACTION_STYLE[step.action];
    const status = outcome ? `${RESULT_LABEL[outcome.status]}${outcome.error ? `: ${escapeMarkdown(outcome.error)}` : ""}` : `would ${style.verb}`;
    const id = step.id ?? outcome?.id;
    const url = resultUrl(plan, step, outcome?.id);
    const idCell = id === void 0 ? "" : url ? `[${escapeMarkdown(String(id))}](${url})` : escapeMarkdown(String(id));
    rows.push(`| ${escapeMarkdown(kindOf(plan, step.kind).label)} | ${escapeMarkdown(step.key)} | ${idCell} | ${style.glyph} ${style.verb} | ${status} |`);
  });
  if (rows.length === 0) return "Nothing to change.";
  return ["| Kind | Key | Id | Action | Result |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

// src/action/comment.ts
var PLAN_MARKER = "<!-- posthog-definitions:plan -->";
var FINGERPRINTS = "posthog-definitions:fingerprints";
var CHANGES = "posthog-definitions:changes";
var ENVIRONMENTS = "posthog-definitions:environments";
var STATUS = "posthog-definitions:status";
var MAX_CHANGES_RECORD = 12e3;
var DIAGNOSTICS_BUDGET = 4e3;
var HEAD_RESERVE = 2500;
var PER_ENVIRONMENT_RESERVE = 1300;
function encodeJson2(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}
function readJson(body, name) {
  const line = body.split("\n").find((l) => l.startsWith(`<!-- ${name} `) && l.endsWith(" -->"));
  if (!line) return void 0;
  try {
    return JSON.parse(line.slice(`<!-- ${name} `.length, -" -->".length));
  } catch {
    return void 0;
  }
}
function objectOf(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function stringRecord(value) {
  return Object.fromEntries(Object.entries(objectOf(value)).filter((e) => typeof e[1] === "string"));
}
function readReviewRecord(body) {
  const changes = stringRecord(readJson(body, CHANGES));
  const lists = Object.fromEntries(Object.entries(changes).map(([name, digests]) => [name, digests.split(" ").filter(Boolean)]));
  return { fingerprints: stringRecord(readJson(body, FINGERPRINTS)), changes: lists };
}
function formatStatusLine(environment, text) {
  return `- ${text} <!-- ${STATUS} ${environment} -->`;
}
function statusTag(environment) {
  return `<!-- ${STATUS} ${environment} -->`;
}
function replaceStatusLine(body, environment, line) {
  const lines = body.split("\n");
  const index = lines.findIndex((l) => l.endsWith(statusTag(environment)));
  if (index >= 0) {
    lines[index] = line;
    return lines.join("\n");
  }
  return `${body.trimEnd()}
${line}
`;
}
function readStatusLines(body) {
  const found = {};
  for (const line of body.split("\n")) {
    const match = new RegExp(`<!-- ${STATUS} ([^ ]+) -->$`).exec(line);
    if (match) found[match[1]] = line;
  }
  return found;
}
function sectionBudget(environments) {
  const n = Math.max(1, environments);
  return Math.floor((GITHUB_BODY_LIMIT - MAX_CHANGES_RECORD - 2 * DIAGNOSTICS_BUDGET - HEAD_RESERVE) / n) - PER_ENVIRONMENT_RESERVE;
}
function createEntry(report, status, diagnostics, environments) {
  const n = Math.max(1, environments);
  const live = report.plan && !report.offline ? report.plan : void 0;
  const digests = live ? digestChanges(live) : [];
  const lines = renderDiagnosticLines(diagnostics, 30);
  const { shown, omitted } = takeLines(lines.lines, Math.floor(DIAGNOSTICS_BUDGET / n));
  return {
    row: rowOf(report),
    section: renderEnvironmentSection(report, sectionBudget(n), { marked: true }).trim(),
    status,
    ...live ? { fingerprint: live.fingerprint } : {},
    ...live && measure(digests.join(" ")) + 64 <= MAX_CHANGES_RECORD / n ? { changes: digests } : {},
    diagnostics: { lines: shown, omitted: lines.omitted + omitted, errors: lines.errors }
  };
}
function readCommentEntries(body) {
  const stored = objectOf(readJson(body, ENVIRONMENTS));
  const record = readReviewRecord(body);
  const sections = readSections(body);
  const status = readStatusLines(body);
  return Object.entries(stored).map(([environment, value]) => {
    const meta = objectOf(value);
    const row = { environment, host: String(meta.host ?? ""), projectId: String(meta.projectId ?? ""), ...meta.summary ? { summary: meta.summary } : {}, ...meta.offline ? { offline: true } : {} };
    const fingerprint = record.fingerprints[environment];
    const changes = record.changes[environment];
    const diagnostics = meta.diagnostics && Array.isArray(meta.diagnostics.lines) ? meta.diagnostics : { lines: [], omitted: 0, errors: false };
    return { row, section: sections.get(environment) ?? "", status: status[environment] ?? "", ...fingerprint ? { fingerprint } : {}, ...changes ? { changes } : {}, diagnostics };
  });
}
function mergeEntries(existing, fresh, order) {
  const byName = new Map(existing.map((e) => [e.row.environment, e]));
  for (const entry of fresh) byName.set(entry.row.environment, entry);
  return order.flatMap((name) => byName.get(name) ?? []);
}
function mergeDiagnostics(entries) {
  const lines = [...new Set(entries.flatMap((e) => e.diagnostics.lines))];
  const { shown, omitted } = takeLines(lines, DIAGNOSTICS_BUDGET);
  return { lines: shown, omitted: omitted + Math.max(0, ...entries.map((e) => e.diagnostics.omitted)), errors: entries.some((e) => e.diagnostics.errors) };
}
function tooLarge(environment) {
  return `### ${environment}

This environment's plan is too large to show here; the job summary of its plan job has every change.`;
}
function composePlanComment(entries, frame) {
  const fingerprints = Object.fromEntries(entries.flatMap((e) => e.fingerprint ? [[e.row.environment, e.fingerprint]] : []));
  const changes = Object.fromEntries(entries.flatMap((e) => e.changes ? [[e.row.environment, e.changes.join(" ")]] : []));
  const stored = Object.fromEntries(entries.map((e) => {
    const row = e.row;
    const diagnostics = e.diagnostics.lines.length + e.diagnostics.omitted > 0 ? { diagnostics: e.diagnostics } : {};
    return [row.environment, { host: row.host, projectId: row.projectId, ...row.summary ? { summary: row.summary } : {}, ...row.offline ? { offline: true } : {}, ...diagnostics }];
  }));
  const record = [PLAN_MARKER, `<!-- ${FINGERPRINTS} ${encodeJson2(fingerprints)} -->`, `<!-- ${CHANGES} ${encodeJson2(changes)} -->`, `<!-- ${ENVIRONMENTS} ${encodeJson2(stored)} -->`].join("\n");
  const head = renderPlanHead(entries.map((e) => e.row), { title: frame.title, notices: frame.notices, diagnostics: mergeDiagnostics(entries) });
  const status = `**Status**

${entries.map((e) => e.status).join("\n")}
`;
  const compose = (sections2) => `${record}
${head}

${composeSections(entries.map((e, i) => ({ environment: e.row.environment, section: sections2[i] })), true)}

${SECTIONS_END}

${status}`;
  const sections = entries.map((e) => e.section);
  const bySize = entries.map((_, i) => i).sort((a, b) => measure(sections[b]) - measure(sections[a]) || a - b);
  let body = compose(sections);
  for (const index of bySize) {
    if (measure(body) <= GITHUB_BODY_LIMIT) break;
    sections[index] = tooLarge(entries[index].row.environment);
    body = compose(sections);
  }
  return body;
}

// src/action/environments.ts
var DEFAULT_ENVIRONMENT = "default";
function listTargets(config, settings, env) {
  const names = Object.keys(config.environments);
  if (names.length === 0) {
    if (settings.environment !== void 0 && settings.environment !== DEFAULT_ENVIRONMENT) {
      throw new ConfigError(`input environment is "${settings.environment}", but posthog.config.ts defines no environments`);
    }
    const located = locateConnection(config, { host: settings.host, projectId: settings.projectId, env });
    const apiKey = settings.apiKey ?? env[located.keyVariable];
    return [{
      name: DEFAULT_ENVIRONMENT,
      configured: false,
      host: located.host,
      projectId: located.projectId,
      keySource: settings.apiKey ? "the api-key input" : located.keyVariable,
      ...apiKey ? { apiKey } : {},
      ...located.owner ? { owner: located.owner } : {}
    }];
  }
  if (settings.host || settings.projectId || settings.apiKey) {
    throw new ConfigError("the host, project-id and api-key inputs apply only when posthog.config.ts defines no environments; map each environment's key to the variable its apiKeyEnv names");
  }
  if (settings.environment !== void 0 && !names.includes(settings.environment)) {
    throw new ConfigError(`unknown environment "${settings.environment}" (posthog.config.ts defines: ${names.join(", ")})`);
  }
  return names.filter((name) => settings.environment === void 0 || name === settings.environment).map((name) => {
    const located = locateConnection(config, { environment: name, env });
    const apiKey = KEY_VARIABLE.test(located.keyVariable) ? env[located.keyVariable] : void 0;
    return { name, configured: true, host: located.host, projectId: located.projectId, keySource: located.keyVariable, ...apiKey ? { apiKey } : {}, ...located.owner ? { owner: located.owner } : {} };
  });
}
function pickTarget(targets) {
  if (targets.length !== 1) {
    throw new ConfigError(`set the environment input to one of: ${targets.map((t) => t.name).join(", ")} (apply and prune work on one environment per job; use a matrix)`);
  }
  return targets[0];
}
var POSTHOG_CLOUD_HOSTS = ["https://us.posthog.com", "https://eu.posthog.com", "https://app.posthog.com", "https://us.i.posthog.com", "https://eu.i.posthog.com"];
function isAllowedHost(host, allowedHosts) {
  let origin;
  try {
    origin = new URL(host).origin;
  } catch {
    return false;
  }
  return POSTHOG_CLOUD_HOSTS.includes(origin) || allowedHosts.includes(origin);
}
function connectionOf(target, settings, env) {
  if (!target.apiKey) throw new ConfigError(`no API key for environment "${target.name}": set ${target.keySource} in this job (for example from a repository secret)`);
  if (!isAllowedHost(target.host, settings.allowedHosts)) {
    throw new ConfigError(
      `environment "${target.name}" points at ${target.host}, which is not a PostHog cloud host (${POSTHOG_CLOUD_HOSTS.map((h) => new URL(h).host).join(", ")}); keys are sent only there and to the hosts the allowed-hosts input lists`
    );
  }
  const located = { ...target.configured ? { environment: target.name } : {}, ...target.owner ? { owner: target.owner } : {}, host: target.host, projectId: target.projectId };
  return completeConnection(located, { value: target.apiKey, source: target.keySource }, env);
}
function holdsPostHogSecrets(settings, env) {
  if (settings.apiKey) return true;
  return Object.entries(env).some(([name, value]) => !!value && (value.startsWith("phx_") || /POSTHOG.*KEY/i.test(name)));
}

// src/action/failure.ts
var FAILURE_REASONS = {
  "invalid-definitions": "invalid-definitions",
  configuration: "invalid-config",
  usage: "invalid-input",
  "untrusted-code": "untrusted-code",
  auth: "auth",
  api: "api-error",
  safety: "api-error",
  github: "github-api",
  internal: "internal"
};
function classifyError(error2) {
  return { reason: FAILURE_REASONS[categoryOf(error2)], message: error2 instanceof Error ? error2.message : String(error2) };
}

// src/action/labels.ts
var PLAN_LABELS = { none: "posthog:no-changes", changes: "posthog:changes", deletes: "posthog:deletes" };
var APPLY_FAILED_LABEL = "posthog:apply-failed";
function planLabels(rows) {
  const planned = rows.filter((r) => r.summary);
  const changes = planned.some((r) => r.summary.create + r.summary.update + r.summary.delete > 0);
  const deletes = planned.some((r) => r.summary.delete > 0);
  if (changes) return deletes ? [PLAN_LABELS.changes, PLAN_LABELS.deletes] : [PLAN_LABELS.changes];
  return planned.length === rows.length && rows.length > 0 ? [PLAN_LABELS.none] : [];
}
async function syncLabels(ctx, issue2, managed, wanted) {
  if (!ctx.settings.labels) return;
  try {
    const current = new Set(await ctx.github.listLabels(issue2));
    const missing = wanted.filter((l) => !current.has(l));
    if (missing.length > 0) await ctx.github.addLabels(issue2, missing);
    for (const label of managed) if (current.has(label) && !wanted.includes(label)) await ctx.github.removeLabel(issue2, label);
  } catch (error2) {
    ctx.host.warning(`Could not update the labels of #${issue2}: ${classifyError(error2).message}`);
  }
}

// src/action/outputs.ts
function changesPerEnvironment(reports) {
  return JSON.stringify(Object.fromEntries(reports.flatMap((r) => r.plan ? [[r.environment, hasChanges(r.plan)]] : [])));
}

// src/action/status.ts
async function writeStatusLine(ctx, pr, environment, text) {
  const line = formatStatusLine(environment, text);
  const result = await settleComment(ctx.github, pr, PLAN_MARKER, await ctx.login(), {
    next: (current) => current ? replaceStatusLine(current.body, environment, line) : void 0,
    holds: (body) => body.includes(line)
  });
  if (result.action === "skipped") return void 0;
  if (result.action === "unsettled") throw new ToolError("github", `could not confirm the status line for ${environment} on pull request #${pr}; other jobs kept editing the comment`);
  return result.comment.body;
}

// src/action/workspace.ts
import { existsSync as existsSync2 } from "node:fs";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/action/inputs.ts
import { isAbsolute, relative, resolve } from "node:path";
var MODES = ["auto", "plan", "apply", "prune", "drift"];
var COMMENT_POLICIES = ["always", "changes-only", "never"];
var INPUTS = [
  { name: "mode", required: false, default: "auto" },
  { name: "environment", required: false, default: "" },
  { name: "github-token", required: false, default: "${{ github.token }}", expression: true },
  { name: "working-directory", required: false, default: "." },
  { name: "config-file", required: false, default: "posthog.config.ts" },
  { name: "host", required: false, default: "" },
  { name: "project-id", required: false, default: "" },
  { name: "api-key", required: false, default: "" },
  { name: "allowed-hosts", required: false, default: "" },
  { name: "comment", required: false, default: "always" },
  { name: "allow-stale-plan", required: false, default: "false" },
  { name: "apply-without-review", required: false, default: "false" },
  { name: "dry-run", required: false, default: "true" },
  { name: "rotate-secrets", required: false, default: "false" },
  { name: "confirm", required: false, default: "" },
  { name: "max-deletions", required: false, default: "10" },
  { name: "drift-label", required: false, default: "posthog-drift" },
  { name: "allow-untrusted-code", required: false, default: "false" },
  { name: "checks", required: false, default: "true" },
  { name: "labels", required: false, default: "false" },
  { name: "fail-on-drift", required: false, default: "false" },
  { name: "fail-on-check-warnings", required: false, default: "false" },
  { name: "drift-ignore", required: false, default: "" },
  { name: "drift-adopt-pr", required: false, default: "false" }
];
var InputError = class extends ToolError {
  constructor(message) {
    super("usage", message);
    this.name = "InputError";
  }
};
function pickOne(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new InputError(`input ${name} must be one of ${allowed.join(", ")}; got "${value}"`);
}
function toBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false; got "${value}"`);
}
function parseInputs(read, workspace) {
  const value = (name) => {
    const raw = read(name).trim();
    if (raw !== "") return raw;
    const spec = INPUTS.find((input) => input.name === name);
    return "expression" in spec ? "" : spec.default;
  };
  const optional = (name) => value(name) || void 0;
  const githubToken = value("github-token");
  if (githubToken === "") throw new InputError("input github-token is empty; pass ${{ github.token }} or a token with pull-requests and issues write access");
  const root = resolve(workspace, value("working-directory"));
  const inside = relative(resolve(workspace), root);
  if (inside.startsWith("..") || isAbsolute(inside)) throw new InputError(`input working-directory must stay inside the workspace; got "${value("working-directory")}"`);
  const environment = optional("environment");
  if (environment !== void 0 && !/^[a-z0-9][a-z0-9_-]{0,39}$/.test(environment)) {
    throw new InputError(`input environment must be an environment name from posthog.config.ts (lower-case letters, digits, "-", "_"); got "${environment}"`);
  }
  const projectId = optional("project-id");
  if (projectId !== void 0 && !/^\d+$/.test(projectId)) throw new InputError(`input project-id must be a numeric project id; got "${projectId}"`);
  const host = optional("host");
  if (host !== void 0 && !/^https?:\/\/[^\s]+$/.test(host)) throw new InputError(`input host must be an http(s) URL; got "${host}"`);
  const maxDeletions = value("max-deletions");
  if (!/^\d+$/.test(maxDeletions)) throw new InputError(`input max-deletions must be a whole number; got "${maxDeletions}"`);
  const driftLabel = value("drift-label");
  if (driftLabel.length > 50 || driftLabel.includes(",")) throw new InputError(`input drift-label must be a label name without commas (at most 50 characters); got "${driftLabel}"`);
  return {
    mode: pickOne("mode", value("mode"), MODES),
    environment,
    githubToken,
    root,
    configFile: value("config-file"),
    host,
    projectId,
    apiKey: optional("api-key"),
    allowedHosts: parseAllowedHosts(value("allowed-hosts")),
    comment: pickOne("comment", value("comment"), COMMENT_POLICIES),
    allowStalePlan: toBoolean("allow-stale-plan", value("allow-stale-plan")),
    applyWithoutReview: toBoolean("apply-without-review", value("apply-without-review")),
    dryRun: toBoolean("dry-run", value("dry-run")),
    rotateSecrets: toBoolean("rotate-secrets", value("rotate-secrets")),
    confirm: optional("confirm"),
    maxDeletions: Number(maxDeletions),
    driftLabel,
    allowUntrustedCode: toBoolean("allow-untrusted-code", value("allow-untrusted-code")),
    checks: toBoolean("checks", value("checks")),
    labels: toBoolean("labels", value("labels")),
    failOnDrift: toBoolean("fail-on-drift", value("fail-on-drift")),
    failOnCheckWarnings: toBoolean("fail-on-check-warnings", value("fail-on-check-warnings")),
    driftAdoptPr: toBoolean("drift-adopt-pr", value("drift-adopt-pr")),
    driftIgnore: value("drift-ignore").split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"))
  };
}
function parseAllowedHosts(raw) {
  return raw.split(/[\s,]+/).filter((entry) => entry !== "").map((entry) => {
    let url;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ? entry : `https://${entry}`);
    } catch {
      url = void 0;
    }
    if (!url || url.protocol !== "https:" && url.protocol !== "http:" || url.username || url.password || !["", "/"].includes(url.pathname) || url.search || url.hash) {
      throw new InputError(`input allowed-hosts must list hosts or origins such as https://posthog.example.com; got "${entry}"`);
    }
    return url.origin;
  });
}
function resolveMode(mode, eventName) {
  if (mode !== "auto") return mode;
  switch (eventName) {
    case "pull_request":
    case "pull_request_target":
    case "merge_group":
      return "plan";
    case "push":
      return "apply";
    case "workflow_dispatch":
      return "prune";
    case "schedule":
      return "drift";
    default:
      throw new InputError(`cannot pick a mode for the "${eventName}" event; set the mode input to plan, apply, prune or drift`);
  }
}

// src/action/workspace.ts
var MAX_ANNOTATIONS = 10;
function loadWorkspace(ctx) {
  checkWorkspace(ctx);
  return loadProject({ root: ctx.settings.root, configFile: ctx.settings.configFile, workerPath: ctx.workerPath });
}
function checkWorkspace(ctx) {
  const configFile = ctx.settings.configFile;
  if (!existsSync2(ctx.settings.root)) throw new InputError(`input working-directory names "${relative2(ctx.run.workspace, ctx.settings.root)}", which does not exist in the workspace`);
  if (configFile !== INPUTS.find((i) => i.name === "config-file").default && !existsSync2(resolve2(ctx.settings.root, configFile))) {
    throw new ConfigError(`input config-file names "${configFile}", which does not exist in the working directory`);
  }
}
async function loadWorkspaceReading(ctx, trusted) {
  checkWorkspace(ctx);
  const { root, configFile } = ctx.settings;
  const fork = ctx.run.pullRequest?.fromFork === true;
  const started = trusted && !fork ? readEachWhileLoading({ root, configFile, workerPath: ctx.workerPath, locate: trusted, progress: (connection) => planProgress(ctx, connection) }) : Promise.resolve([]);
  let project;
  try {
    project = await loadWorkspace(ctx);
  } catch (error2) {
    await Promise.all((await started).map((e) => e.api.abandon()));
    throw error2;
  }
  const reads = await started;
  const take = (environment) => {
    const index = reads.findIndex((e) => e.connection.environment === environment);
    return index < 0 ? void 0 : reads.splice(index, 1)[0];
  };
  const drop = async (environment) => void await take(environment)?.api.abandon();
  const dropAll = async () => void await Promise.all(reads.splice(0).map((e) => e.api.abandon()));
  return { project, early: { take, drop, dropAll } };
}
function keyedConnections(ctx, targets) {
  return targets.flatMap((target) => {
    try {
      return [connectionOf(target, ctx.settings, ctx.env)];
    } catch {
      return [];
    }
  });
}
function resolveTargets(ctx, project) {
  const targets = listTargets(project.config, ctx.settings, ctx.env);
  for (const target of targets) if (target.apiKey) ctx.host.setSecret(target.apiKey);
  return targets;
}
function validateTarget(ctx, project, target) {
  return validateProject(project, ctx.settings.root, target.configured ? target.name : void 0);
}
function uniqueDiagnostics(diagnostics) {
  return [...new Map(diagnostics.map((d) => [JSON.stringify(d), d])).values()];
}
function annotateDiagnostics(ctx, diagnostics) {
  const used = { error: 0, warning: 0 };
  for (const d of sortDiagnostics(diagnostics)) {
    const placed = d.source !== void 0 && used[d.severity] < MAX_ANNOTATIONS;
    if (placed) used[d.severity]++;
    const site = placed ? { file: relative2(ctx.run.workspace, join(ctx.settings.root, d.source.file)).split(sep2).join("/"), line: d.source.line, ...d.source.column ? { column: d.source.column } : {}, title: d.code } : void 0;
    const message = site ? d.field ? `${d.field}: ${d.message}` : d.message : formatDiagnostic(d);
    if (d.severity === "error") ctx.host.error(message, site);
    else ctx.host.warning(message, site);
  }
}
var takenReads = /* @__PURE__ */ new WeakMap();
async function withPostHog(connection, work, early) {
  const { api, started } = await takeOverReads(early?.take(connection.environment), connection);
  if (started) takenReads.set(api, started);
  try {
    return await work(api);
  } finally {
    await api.close();
  }
}
function planProgress(ctx, connection) {
  return (e) => ctx.host.debug(`${connection.environment ?? "default"}: ${e.message}`);
}
function planWith(ctx, api, connection, resources, prune, checks = false, base) {
  const started = takenReads.get(api);
  takenReads.delete(api);
  const { root, rotateSecrets } = ctx.settings;
  const progress = planProgress(ctx, connection);
  return planProject({ api, connection, resources, prune, progress, rotateSecrets, ...started ? { started } : {}, ...checks ? { checks: { root } } : {}, ...base ? { base } : {} });
}
async function logPlan(ctx, name, plan) {
  await ctx.host.group(`Plan for ${name}`, async () => ctx.host.info(renderPlanText(plan, { color: false })));
}
async function writePlanJson(ctx, mode, reports) {
  const dir = join(ctx.tempDir, "posthog-definitions");
  await mkdir2(dir, { recursive: true });
  const path = join(dir, `${mode}${ctx.settings.environment ? `-${ctx.settings.environment}` : ""}.json`);
  await writeFile2(path, stringifyPlanFile(createPlanFile(reports)));
  return path;
}
function planOutputs(reports) {
  const plans = reports.filter((r) => r.plan !== void 0);
  const sum = (key) => String(plans.reduce((n, r) => n + r.plan.summary[key], 0));
  const live = plans.filter((r) => !r.offline);
  return {
    "has-changes": String(plans.some((r) => hasChanges(r.plan))),
    "has-deletions": String(plans.some((r) => r.plan.summary.delete > 0)),
    "to-create": sum("create"),
    "to-update": sum("update"),
    "to-delete": sum("delete"),
    counts: JSON.stringify(Object.fromEntries(plans.map((r) => [r.environment, r.plan.summary]))),
    "plan-fingerprint": live.length === 1 ? live[0].plan.fingerprint : "",
    "plan-fingerprints": JSON.stringify(Object.fromEntries(live.map((r) => [r.environment, r.plan.fingerprint])))
  };
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function runLink(run) {
  return run.runUrl ? `[${run.runLabel}](${run.runUrl})` : run.runLabel;
}

// src/action/apply-mode.ts
var PARTIAL = "⚠️";
async function findReview(ctx) {
  const pulls = await ctx.github.pullRequestsForCommit(ctx.run.sha);
  const pr = pulls.find((p) => p.mergeCommitSha === ctx.run.sha) ?? pulls.find((p) => p.mergedAt !== void 0);
  if (!pr) return void 0;
  const comment = await findOwnComment(ctx.github, pr.number, PLAN_MARKER, await ctx.login());
  return { pr: pr.number, ...comment ? { comment } : {} };
}
async function reportStatus(ctx, review, environment, text) {
  if (!review?.comment) return void 0;
  return writeStatusLine(ctx, review.pr, environment, text);
}
async function noteStatus(ctx, review, environment, text) {
  try {
    await reportStatus(ctx, review, environment, text);
  } catch (error2) {
    ctx.host.warning(`Could not write the status line on pull request #${review?.pr}: ${classifyError(error2).message}`);
  }
}
function resultLine(ctx, environment, result) {
  const changed = result.results.filter((r) => r.status !== "unchanged").length;
  const where = `\`${shortSha(ctx.run.sha)}\` in ${runLink(ctx.run)}`;
  if (result.failed === 0) return `✅ **${environment}**: applied ${result.applied} change(s) from ${where}`;
  return `${PARTIAL} **${environment}**: applied ${result.applied} of ${changed} change(s) from ${where}; ${result.failed} failed or skipped. Re-running the job is safe and retries only what is left.`;
}
function explainCheck(check, pr) {
  if (!check) return pr === void 0 ? "This commit has no merged pull request, so no reviewed plan exists." : `Pull request #${pr} has no reviewed plan for this environment.`;
  if (check.verdict === "matches") return `The plan matches the one reviewed on pull request #${pr}.`;
  if (check.verdict === "remaining") {
    const done = check.done > 0 ? `; ${check.done} reviewed change(s) were already applied by an earlier run` : "";
    return `Every change still planned was reviewed unchanged on pull request #${pr}${done}.`;
  }
  return `The plan differs from the one reviewed on pull request #${pr}: ${check.unreviewed.length} change(s) were not reviewed${check.dropped > 0 ? ` and ${check.dropped} reviewed change(s) are no longer planned` : ""}.`;
}
function staleSection(plan, check, allowed) {
  const lead = allowed ? "`allow-stale-plan` is set, so the current plan is applied anyway." : "Nothing was applied. Push a commit to the pull request (or re-run its plan) so reviewers see the current plan, or set `allow-stale-plan: true` to apply the latest plan.";
  return `### What changed since review

${lead}

${renderStepsMarkdown(plan, check.unreviewed) || "No unreviewed changes; reviewed changes are no longer needed."}`;
}
async function labelResult(ctx, review, body, failed) {
  if (!review || body === void 0) return;
  const pending = failed || Object.values(readStatusLines(body)).some((line) => line.startsWith(`- ${PARTIAL} `));
  await syncLabels(ctx, review.pr, [APPLY_FAILED_LABEL], pending ? [APPLY_FAILED_LABEL] : []);
}
function readMaskedSecrets(ctx, config) {
  for (const name of config.secrets ?? []) {
    const value = ctx.env[name];
    if (value) ctx.host.setSecret(value);
  }
  return readSecretValues(config, ctx.env);
}
async function runApplyMode(ctx) {
  const { project, early } = await loadWorkspaceReading(ctx, async (configOnly) => keyedConnections(ctx, [pickTarget(resolveTargets(ctx, configOnly))]));
  try {
    return await applyLoaded(ctx, project, early);
  } finally {
    await early.dropAll();
  }
}
async function applyLoaded(ctx, project, early) {
  const target = pickTarget(resolveTargets(ctx, project));
  const validated = await validateTarget(ctx, project, target);
  annotateDiagnostics(ctx, validated.diagnostics);
  if (!validated.valid) throw new ToolError("invalid-definitions", "the definitions on this commit are invalid; nothing was applied");
  const connection = connectionOf(target, ctx.settings, ctx.env);
  return withPostHog(connection, async (api) => {
    const plan = await planWith(ctx, api, connection, validated.resources, false);
    await logPlan(ctx, target.name, plan);
    const report = { environment: target.name, host: target.host, projectId: target.projectId, plan };
    const outputs = { ...planOutputs([report]), "has-changes-per-environment": changesPerEnvironment([report]), "plan-json": await writePlanJson(ctx, "apply", [report]) };
    const review = await findReview(ctx);
    if (review?.comment) Object.assign(outputs, { "comment-url": review.comment.url, "comment-id": String(review.comment.id) });
    const heading = `## PostHog apply: ${target.name}`;
    if (!hasChanges(plan)) {
      await noteStatus(ctx, review, target.name, `✅ **${target.name}**: up to date at \`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)})`);
      return { outputs: { ...outputs, applied: "0", failed: "0" }, summary: [`${heading}

Nothing to apply: the project already matches the definitions.`] };
    }
    const record = review?.comment ? readReviewRecord(review.comment.body) : void 0;
    const check = record?.fingerprints[target.name] ? checkAgainstReview(plan, record, target.name) : void 0;
    const explanation = explainCheck(check, review?.pr);
    ctx.host.info(explanation);
    if (!check && !ctx.settings.applyWithoutReview) {
      await noteStatus(ctx, review, target.name, `⛔ **${target.name}**: not applied; pull request #${review?.pr} has no reviewed plan for it (${runLink(ctx.run)})`);
      const planSection = renderPlanMarkdown([report], { maxLength: STEP_SUMMARY_LIMIT / 2 });
      const summary2 = `${heading}

${explanation} Nothing was applied; set \`apply-without-review: true\` to apply direct pushes.

${planSection}`;
      return { outputs, summary: [summary2], failure: { reason: "no-reviewed-plan", message: `${explanation} Nothing was applied.` } };
    }
    if (check?.verdict === "changed" && !ctx.settings.allowStalePlan) {
      await noteStatus(ctx, review, target.name, `⛔ **${target.name}**: not applied; the plan changed since review (${runLink(ctx.run)})`);
      const summary2 = `${heading}

${explanation}

${staleSection(plan, check, false)}`;
      return { outputs, summary: [summary2], failure: { reason: "plan-changed", message: `${explanation} Nothing was applied.` } };
    }
    if (!check) ctx.host.warning(`${explanation} Applying without a reviewed plan because apply-without-review is set.`);
    if (check?.verdict === "changed") ctx.host.warning(`${explanation} Applying anyway because allow-stale-plan is set.`);
    const changes = plan.steps.filter((s) => s.action !== "no-op").length;
    try {
      await reportStatus(ctx, review, target.name, `⏳ **${target.name}**: applying ${changes} change(s) from \`${shortSha(ctx.run.sha)}\` in ${runLink(ctx.run)}`);
    } catch (error2) {
      throw new ToolError("github", `nothing was applied: the status line on pull request #${review?.pr} could not be written (${classifyError(error2).message}). The token needs pull-requests: write.`);
    }
    const result = await ctx.host.group(`Apply to ${target.name}`, () => applyPlan(plan, api, { progress: (e) => ctx.host.info(`  [${e.done}/${e.total}] ${e.message}`), clock: systemClock, secrets: readMaskedSecrets(ctx, project.config) }));
    for (const r of result.results) if (r.status === "failed") ctx.host.error(`${target.name}: ${r.action} ${r.kind} ${r.key} failed: ${r.error}`);
    const sections = [heading, explanation, ...check?.verdict === "changed" ? [staleSection(plan, check, true)] : [], renderResultsMarkdown(plan, result)];
    if (result.failed > 0) sections.push("Applying is idempotent: re-run this job to retry what failed; steps already applied are left alone.");
    const applied = { ...outputs, applied: String(result.applied), failed: String(result.failed) };
    let failure = result.failed === 0 ? void 0 : { reason: "partial-apply", message: `${result.failed} change(s) failed or were skipped in ${target.name}; re-running the job retries them` };
    try {
      const body = await reportStatus(ctx, review, target.name, resultLine(ctx, target.name, result));
      await labelResult(ctx, review, body, result.failed > 0);
    } catch (error2) {
      failure ??= { reason: "github-api", message: `the changes were applied, but the status line on pull request #${review?.pr} could not be written: ${classifyError(error2).message}` };
    }
    return { outputs: applied, summary: [sections.join("\n\n")], ...failure ? { failure } : {} };
  }, early);
}

// src/engine/adopt-drift.ts
import { readFile as readFile2 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join2, posix, relative as relative3, sep as sep3 } from "node:path";
function hasEnvironmentValue(value) {
  if (Array.isArray(value)) return value.some(hasEnvironmentValue);
  if (!isJsonObject(value)) return false;
  return "$env" in value || Object.values(value).some(hasEnvironmentValue);
}
function hasUnnamedSecret(value) {
  if (Array.isArray(value)) return value.some(hasUnnamedSecret);
  if (!isJsonObject(value)) return false;
  return "$secret" in value && typeof value.$secret !== "string" || Object.values(value).some(hasUnnamedSecret);
}
function collectRefs(value, out) {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (isJsonObject(value)) {
    const ref = readRef(value);
    if (ref) out.push(ref);
    else for (const member of Object.values(value)) collectRefs(member, out);
  }
  return out;
}
function setPath(target, path, value) {
  const segments = path.split(".");
  let node = target;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const container = node;
    const slot = Array.isArray(container) ? Number(segment) : segment;
    if (last) {
      if (value !== void 0) container[slot] = value;
      else if (Array.isArray(container)) container.splice(Number(segment), 1);
      else delete container[segment];
      return;
    }
    const next = container[slot];
    if (typeof next !== "object" || next === null) {
      if (value === void 0) return;
      container[slot] = /^\d+$/.test(segments[i + 1]) ? [] : {};
    }
    node = container[slot];
  }
}
function adoptedFields(step, unfiltered) {
  const fields = structuredClone(step.before);
  const kept = new Set(step.changes.map((c) => c.path));
  const ignored = (unfiltered?.changes ?? []).filter((c) => !kept.has(c.path));
  for (const change of [...ignored].reverse()) setPath(fields, change.path, change.after);
  return fields;
}
function importPath(from, target) {
  const path = posix.relative(posix.dirname(from), target);
  return path.startsWith(".") ? path : `./${path}`;
}
async function adoptDrift(options) {
  const { generateDefinitionFiles } = await import("./chunks/typescript-TPZ7UE4M.js");
  const same = (a, b) => a.kind === b.kind && normalizeKey(a.key) === normalizeKey(b.key);
  const definitionOf = (address) => options.definitions.find((d) => same(d, address));
  const sharing = (file) => options.definitions.filter((d) => d.source?.file === file);
  const repositoryPath = (file) => {
    const path = relative3(options.repository, join2(options.root, file));
    return path.startsWith("..") || isAbsolute2(path) ? void 0 : path.split(sep3).join("/");
  };
  const result = { files: [], skipped: [], warnings: [] };
  const skip = (step, reason) => result.skipped.push({ kind: step.kind, key: step.key, reason });
  for (const step of options.plan.steps) {
    if (step.action === "no-op" || step.action === "delete") continue;
    if (step.action === "create") {
      skip(step, "it is missing in PostHog (deleted there): apply restores it, or remove its definition in a pull request");
      continue;
    }
    if (step.adopt) {
      skip(step, "PostHog holds it unmanaged: apply takes it over first");
      continue;
    }
    const definition = definitionOf(step);
    const file = definition?.source?.file;
    const path = file === void 0 ? void 0 : repositoryPath(file);
    if (!definition || file === void 0 || path === void 0) {
      skip(step, "its definition file is not known inside the repository");
      continue;
    }
    const others = sharing(file).filter((d) => !same(d, step));
    if (others.length > 0) {
      skip(step, `its file ${path} also defines ${others.map(formatAddress).join(", ")}`);
      continue;
    }
    if (hasEnvironmentValue(definition.spec)) {
      skip(step, `its definition sets values per environment (perEnvironment()), which one environment's live values would overwrite`);
      continue;
    }
    const fields = adoptedFields(step, options.unfiltered.steps.find((s) => same(s, step)));
    if (hasUnnamedSecret(fields)) {
      skip(step, "PostHog holds a secret its definition does not name with secret()");
      continue;
    }
    const notes = [];
    const spec = getKind(step.kind).toSpec(fields, definition.key, (note) => notes.push(note));
    const refs = collectRefs(spec, []);
    const targets = /* @__PURE__ */ new Map();
    const unexported = refs.find((ref) => {
      const target = definitionOf(ref)?.source?.file;
      const targetPath = target === void 0 ? void 0 : repositoryPath(target);
      if (target === void 0 || targetPath === void 0 || sharing(target).length !== 1) return true;
      targets.set(formatAddress(ref), targetPath);
      return false;
    });
    if (unexported) {
      skip(step, `it references ${formatAddress(unexported)}, which no file defines on its own to import`);
      continue;
    }
    const generated = await generateDefinitionFiles([{ kind: step.kind, key: definition.key, spec }, ...refs.map((ref) => ({ kind: ref.kind, key: ref.key, spec: {} }))]);
    const own = generated.find((g) => same(g, step));
    const byGeneratedPath = new Map(generated.filter((g) => g !== own).map((g) => [g.path, targets.get(formatAddress(g))]));
    const content = own.content.replace(/^(import \S+ from )"([^"]+)"$/gm, (line, head, specifier) => {
      const target = byGeneratedPath.get(posix.join(posix.dirname(own.path), specifier));
      return target ? `${head}${JSON.stringify(importPath(path, target))}` : line;
    });
    const current = await readFile2(join2(options.root, file), "utf8").catch(() => void 0);
    if (current === content) continue;
    result.files.push({ path, content, kind: step.kind, key: definition.key, fields: step.changes.map((c) => c.path) });
    result.warnings.push(...notes.map((note) => `${formatAddress(step)}: ${note}`));
  }
  return result;
}

// src/render/drift-markdown.ts
function describeDrift(step) {
  if (step.action === "create") return "missing in PostHog (deleted there, or never applied)";
  if (step.action === "delete") return "exists in PostHog without a definition";
  if (step.adopt) return "exists in PostHog but is not managed yet";
  const labels = new Set(step.changes.map((c) => c.kind === "update" ? "edited in PostHog" : c.kind === "remove" ? "field added in PostHog" : "field removed in PostHog"));
  return [...labels].join(", ");
}
function driftRow(plan, step, activity) {
  const fields = step.changes.map((c) => c.path);
  const shown = fields.slice(0, 5).map(formatCode).join(", ").replace(/\|/g, "\\|");
  const more = fields.length > 5 ? ` and ${fields.length - 5} more` : "";
  const key = step.url ? `[${escapeMarkdown(step.key)}](${step.url})` : escapeMarkdown(step.key);
  const who = (activity[`${step.kind}/${step.key}`] ?? []).map(formatFieldActivity).join("; ").replace(/\|/g, "\\|");
  return `| ${escapeMarkdown(kindOf(plan, step.kind).label)} | ${key} | ${escapeMarkdown(describeDrift(step))} | ${shown}${more} | ${who} |`;
}
function moreRow(plan, kind, omitted) {
  return `| ${escapeMarkdown(kindOf(plan, kind).label)} | … ${omitted} more (the job summary lists them all) | | | |`;
}
var HEADER = "| Kind | Key | What happened | Fields | Changed in PostHog |\n| --- | --- | --- | --- | --- |";
function renderDriftTable(plan, maxLength = Number.POSITIVE_INFINITY, activity = {}) {
  const groups = groupByKind(plan, plan.steps.filter((s) => s.action !== "no-op"));
  const rows = groups.map((g) => g.steps.map((step) => driftRow(plan, step, activity)));
  const full = [HEADER, ...rows.flat()].join("\n");
  if (measure(full) <= maxLength) return full;
  const skeleton = [HEADER, ...groups.map((g) => moreRow(plan, g.kind, g.steps.length))].join("\n");
  const shares = shareFairly(rows.map((lines) => lines.reduce((n, line) => n + measure(line) + 1, 0)), maxLength - measure(skeleton));
  const cut = groups.flatMap((g, i) => {
    const { shown, omitted } = takeLines(rows[i], shares[i]);
    return omitted > 0 ? [...shown, moreRow(plan, g.kind, omitted)] : shown;
  });
  return [HEADER, ...cut].join("\n");
}

// src/action/adopt-pr.ts
var ADOPT_MARKER = "posthog-definitions:adopt";
var ACTIONS_BOT_LOGIN2 = "github-actions[bot]";
function adoptBranch(environment) {
  return `posthog/adopt-drift-${environment}`;
}
function readAdoptState(body) {
  const match = new RegExp(`^<!-- ${ADOPT_MARKER} (\\{.*\\}) -->$`, "m").exec(body);
  if (!match) return void 0;
  try {
    const state = JSON.parse(match[1]);
    return typeof state.environment === "string" && typeof state.base === "string" && typeof state.fingerprint === "string" ? state : void 0;
  } catch {
    return void 0;
  }
}
async function needing(permission, what, work) {
  try {
    return await work();
  } catch (error2) {
    if (gitHubStatusOf(error2) !== 403) throw error2;
    throw new GitHubApiError(`drift-adopt-pr could not ${what}: it needs ${permission} in the workflow's permissions (${error2.message})`, 403);
  }
}
function baseBranch(ref) {
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  if (!branch) throw new InputError(`input drift-adopt-pr needs a run on a branch (GITHUB_REF is "${ref}"): the pull request is opened against the branch the definitions were read from`);
  return branch;
}
function pullTitle(target) {
  return `Adopt PostHog UI changes in ${target.name} (project ${target.projectId})`;
}
function pullBody(ctx, target, adoption, state, about) {
  const { issue: issue2 } = about;
  const head = [
    `<!-- ${ADOPT_MARKER} ${JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")} -->`,
    `## ${escapeMarkdown(pullTitle(target))}`,
    `The drift check at \`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)}) found managed resources edited in PostHog${issue2 ? ` (#${issue2})` : ""}. This pull request writes their live values into the definitions, so that the next apply keeps the UI change instead of reverting it. The drift check updates it while the drift lasts and closes it when the drift is gone.`,
    "| Resource | File | Fields written as PostHog holds them |\n| --- | --- | --- |"
  ].join("\n\n");
  const tail = [];
  if (about.others.length > 0) {
    tail.push(`**Other environments:** ${about.others.map((e) => `\`${e}\``).join(", ")} share these definitions, so once this is merged their next apply makes the same change there.`);
  }
  if (about.login === ACTIONS_BOT_LOGIN2) {
    tail.push("GitHub starts no workflow for a pull request opened with the workflow's `GITHUB_TOKEN`: to get the plan comment that apply checks on merge, close and reopen this pull request, or give `github-token` a GitHub App token.");
  }
  if (adoption.skipped.length > 0) tail.push(`**Not adopted** (change the definitions by hand, or let apply revert them):

${adoption.skipped.map((s) => `- ${escapeMarkdown(`${s.kind}/${s.key}`)}: ${escapeMarkdown(s.reason)}`).join("\n")}`);
  if (ctx.settings.driftIgnore.length > 0) tail.push("Fields covered by `drift-ignore` keep the values the definitions give them.");
  if (adoption.warnings.length > 0) tail.push(`**Review:**

${adoption.warnings.map((w) => `- ${escapeMarkdown(w)}`).join("\n")}`);
  const rest = tail.join("\n\n");
  let room = GITHUB_BODY_LIMIT - measure(head) - measure(rest) - 256;
  const rows = [];
  for (const [i, file] of adoption.files.entries()) {
    const row = `| ${escapeMarkdown(`${file.kind}/${file.key}`)} | \`${file.path}\` | ${file.fields.map((f) => `\`${f}\``).join(", ")} |`;
    if (measure(row) + 1 > room - 100) {
      rows.push(`| … ${adoption.files.length - i} more (see the files changed) | | |`);
      break;
    }
    room -= measure(row) + 1;
    rows.push(row);
  }
  return [`${head}
${rows.join("\n")}`, rest].filter(Boolean).join("\n\n");
}
async function syncAdoptPullRequest(ctx, target, plan, adoption, about) {
  const branch = adoptBranch(target.name);
  const login = await ctx.login();
  const pulls = await ctx.github.listPullRequests(branch);
  const open2 = pulls.find((p) => p.state === "open" && p.author === login && readAdoptState(p.body)?.environment === target.name);
  const where = `\`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)})`;
  if (!adoption || adoption.files.length === 0) {
    if (!open2) return void 0;
    const why = adoption ? "the drift left has nothing this pull request can adopt" : "the project matches the definitions again";
    await needing("pull-requests: write", `close #${open2.number}`, async () => {
      await ctx.github.createComment(open2.number, `No drift to adopt at ${where}: ${why}. Closing.`);
      await ctx.github.updatePullRequest(open2.number, { state: "closed" });
    });
    await needing("contents: write", `delete the branch ${branch}`, () => ctx.github.deleteBranch(branch));
    return void 0;
  }
  const state = { environment: target.name, base: ctx.run.sha, fingerprint: plan.fingerprint };
  const previous = open2 ? readAdoptState(open2.body) : void 0;
  if (open2 && previous?.base === state.base && previous.fingerprint === state.fingerprint) return { pull: open2, written: false };
  const base = baseBranch(ctx.run.ref);
  const commit = await needing("contents: write", `write the branch ${branch}`, async () => {
    const sha = await ctx.github.commitFiles({
      baseTree: await ctx.github.commitTree(ctx.run.sha),
      parent: ctx.run.sha,
      message: `Adopt PostHog UI changes in ${target.name}

The live values of ${adoption.files.length} resource(s) edited in PostHog, found by the drift check at ${shortSha(ctx.run.sha)}.`,
      files: adoption.files
    });
    await ctx.github.setBranch(branch, sha, await ctx.github.branchHead(branch) !== void 0);
    return sha;
  });
  ctx.host.info(`${target.name}: adopt branch ${branch} at ${shortSha(commit)} (${adoption.files.length} file(s))`);
  const body = pullBody(ctx, target, adoption, state, { ...about, login });
  const pull = await needing(
    "pull-requests: write (and, with the workflow's GITHUB_TOKEN, the repository setting that allows GitHub Actions to create pull requests)",
    open2 ? `edit #${open2.number}` : `open a pull request from ${branch}`,
    () => open2 ? ctx.github.updatePullRequest(open2.number, { title: pullTitle(target), body }) : ctx.github.createPullRequest({ title: pullTitle(target), body, head: branch, base })
  );
  return { pull, written: true };
}

// src/action/drift-ignore.ts
function parseDriftIgnore(lines) {
  const kinds = KINDS.map((k) => k.name);
  return lines.map((line) => {
    const match = /^([a-z-]+)(?:\/([^:\s]+))?:([^\s]+)$/.exec(line);
    if (!match) throw new InputError(`input drift-ignore: each line must be kind:field or kind/key:field; got "${line}"`);
    const [, kind, key, path] = match;
    if (!kinds.includes(kind)) throw new InputError(`input drift-ignore: unknown kind "${kind}" in "${line}" (kinds: ${kinds.join(", ")})`);
    return { kind, ...key ? { key } : {}, path: path.split(".") };
  });
}
function covers(rule, step, path) {
  if (rule.kind !== step.kind || rule.key !== void 0 && rule.key !== step.key) return false;
  const segments = path.split(".");
  return rule.path.length <= segments.length && rule.path.every((segment, i) => segment === "*" || segment === segments[i]);
}
function ignoreDriftFields(plan, rules) {
  if (rules.length === 0) return plan;
  const steps = plan.steps.map((step) => {
    if (step.action !== "update") return step;
    const changes = step.changes.filter((change) => !rules.some((rule) => covers(rule, step, change.path)));
    if (changes.length === step.changes.length) return step;
    return changes.length > 0 ? { ...step, changes } : { ...step, action: "no-op", changes: [], summary: [], warnings: [] };
  });
  return reviseSteps(plan, steps);
}

// src/action/drift-mode.ts
var DRIFT_MARKER = "posthog-definitions:drift";
function readDriftState(body) {
  const match = new RegExp(`^<!-- ${DRIFT_MARKER} (\\{.*\\}) -->$`, "m").exec(body);
  if (!match) return void 0;
  try {
    const state = JSON.parse(match[1]);
    if (typeof state.environment !== "string" || !["drifted", "clean", "failed"].includes(String(state.state))) return void 0;
    return {
      environment: state.environment,
      state: state.state,
      ...typeof state.fingerprint === "string" ? { fingerprint: state.fingerprint } : {},
      ...typeof state.adoptPr === "number" ? { adoptPr: state.adoptPr } : {}
    };
  } catch {
    return void 0;
  }
}
function withState(state, content) {
  return `<!-- ${DRIFT_MARKER} ${JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")} -->
${content}`;
}
function restate(body, state) {
  const lines = body.split("\n");
  return withState(state, (lines[0]?.startsWith(`<!-- ${DRIFT_MARKER} `) ? lines.slice(1) : lines).join("\n"));
}
function driftTitle(target) {
  return `PostHog drift in ${target.name} (project ${target.projectId})`;
}
function driftBody(ctx, target, plan, activity, adoptPr) {
  const report = { environment: target.name, host: target.host, projectId: target.projectId, plan, activity };
  const state = { environment: target.name, state: "drifted", fingerprint: plan.fingerprint, ...adoptPr ? { adoptPr: adoptPr.number } : {} };
  const adopt = adoptPr ? `**To keep the change made in PostHog**, review and merge #${adoptPr.number}: it writes the live values into the definitions.` : "";
  const compose = (table2, details) => withState(state, [
    `## ${escapeMarkdown(driftTitle(target))}`,
    `The live project differs from the definitions at \`${shortSha(ctx.run.sha)}\` (detected in ${runLink(ctx.run)}). Changes made in the PostHog UI to managed resources:`,
    table2,
    ...adopt ? [adopt] : [],
    "**To resolve**, either keep the definitions (the next apply to this environment reverts these edits) or keep the change made in PostHog by updating the definitions in a pull request. This issue closes by itself once a check finds no drift.",
    `<details><summary>What apply would change</summary>

${details}
</details>
`
  ].join("\n\n"));
  const room = GITHUB_BODY_LIMIT - measure(compose("", "")) - 256;
  const table = renderDriftTable(plan, Math.floor(room / 2), activity);
  return compose(table, renderPlanMarkdown([report], { maxLength: room - measure(table) }));
}
function findIssue(issues, login, environment) {
  const mine = issues.filter((i) => i.author === login && readDriftState(i.body)?.environment === environment);
  return mine.find((i) => i.state === "open") ?? mine.sort((a, b) => b.number - a.number)[0];
}
async function syncIssue(ctx, target, issue2, result, adoptPr) {
  const where = `\`${shortSha(ctx.run.sha)}\` (${runLink(ctx.run)})`;
  const previous = issue2 ? readDriftState(issue2.body) : void 0;
  const open2 = issue2?.state === "open" ? issue2 : void 0;
  if (result.state === "failed") {
    if (!open2 || previous?.state === "failed") return open2;
    await ctx.github.createComment(open2.number, `⚠️ The drift check failed at ${where}: ${escapeMarkdown(result.message)}

The drift state is unknown; this issue stays open until a check succeeds.`);
    return ctx.github.updateIssue(open2.number, { body: restate(open2.body, { ...previous, state: "failed" }) });
  }
  if (result.state === "clean") {
    if (!open2) return void 0;
    await ctx.github.createComment(open2.number, `✅ No drift at ${where}: the project matches the definitions again. Closing.`);
    await ctx.github.updateIssue(open2.number, { state: "closed", stateReason: "completed", body: restate(open2.body, { environment: target.name, state: "clean", fingerprint: result.plan.fingerprint }) });
    return void 0;
  }
  const body = driftBody(ctx, target, result.plan, result.activity, adoptPr);
  if (!issue2) return ctx.github.createIssue({ title: driftTitle(target), body, labels: [ctx.settings.driftLabel] });
  if (!open2) {
    await ctx.github.createComment(issue2.number, `⚠️ Drift detected again at ${where}.`);
    return ctx.github.updateIssue(issue2.number, { state: "open", stateReason: "reopened", title: driftTitle(target), body });
  }
  if (previous?.state === "failed") await ctx.github.createComment(open2.number, `The drift check works again at ${where}; drift is still present (see the description).`);
  if (previous?.state === "drifted" && previous.fingerprint === result.plan.fingerprint && previous.adoptPr === adoptPr?.number) return open2;
  return ctx.github.updateIssue(open2.number, { title: driftTitle(target), body });
}
async function checkEach(ctx, project, early, ignore) {
  const targets = resolveTargets(ctx, project);
  const results = [];
  const diagnostics = [];
  for (const target of targets) {
    const validated = await validateTarget(ctx, project, target);
    diagnostics.push(...validated.diagnostics);
    if (!validated.valid) {
      await early.drop(target.configured ? target.name : void 0);
      results.push({ state: "failed", reason: "invalid-definitions", message: "the definitions are invalid, so drift could not be checked" });
      continue;
    }
    try {
      const connection = connectionOf(target, ctx.settings, ctx.env);
      const checked = await withPostHog(connection, async (api) => {
        const unfiltered = await planWith({ ...ctx, settings: { ...ctx.settings, rotateSecrets: false } }, api, connection, validated.resources, false);
        const plan = ignoreDriftFields(unfiltered, ignore);
        return { plan, unfiltered, activity: await readFieldActivity(api, plan, (text) => ctx.host.warning(`${target.name}: ${text}`)) };
      }, early);
      await logPlan(ctx, target.name, checked.plan);
      const state = hasChanges(checked.plan) ? "drifted" : "clean";
      const adoption = ctx.settings.driftAdoptPr && state === "drifted" ? await adoptDrift({ plan: checked.plan, unfiltered: checked.unfiltered, definitions: project.definitions, root: ctx.settings.root, repository: ctx.run.workspace }) : void 0;
      results.push({ state, plan: checked.plan, activity: checked.activity, ...adoption ? { adoption } : {} });
    } catch (error2) {
      const failure = classifyError(error2);
      ctx.host.error(`Drift check failed for ${target.name}: ${failure.message}`);
      results.push({ state: "failed", ...failure });
    }
  }
  return { targets, results, diagnostics };
}
async function runDriftMode(ctx) {
  const ignore = parseDriftIgnore(ctx.settings.driftIgnore);
  const { project, early } = await loadWorkspaceReading(ctx, async (configOnly) => keyedConnections(ctx, resolveTargets(ctx, configOnly)));
  const { targets, results, diagnostics } = await checkEach(ctx, project, early, ignore).finally(() => early.dropAll());
  annotateDiagnostics(ctx, uniqueDiagnostics(diagnostics));
  const issues = await ctx.github.listIssues(ctx.settings.driftLabel);
  const login = await ctx.login();
  const open2 = {};
  const rows = [];
  const adoptFailures = [];
  const adoptWritten = [];
  for (const [i, target] of targets.entries()) {
    const result = results[i];
    const existing = findIssue(issues, login, target.name);
    let adoptPr;
    if (ctx.settings.driftAdoptPr && result.state !== "failed") {
      try {
        const synced = await syncAdoptPullRequest(ctx, target, result.plan, result.adoption, {
          ...existing?.state === "open" ? { issue: existing.number } : {},
          others: Object.keys(project.config.environments).filter((name) => name !== target.name)
        });
        adoptPr = synced?.pull;
        if (synced?.written) adoptWritten.push(synced.pull.number);
      } catch (error2) {
        const { message } = classifyError(error2);
        ctx.host.error(`${target.name}: ${message}`);
        adoptFailures.push(`${target.name}: ${message}`);
      }
    }
    const issue2 = await syncIssue(ctx, target, existing, result, adoptPr);
    if (issue2) open2[target.name] = issue2.number;
    const state = result.state === "failed" ? `❌ check failed: ${escapeMarkdown(result.message)}` : result.state === "drifted" ? "⚠️ drifted" : "✅ no drift";
    rows.push(`| ${escapeMarkdown(target.name)} | ${escapeMarkdown(target.projectId)} | ${state} | ${issue2 ? `#${issue2.number}` : ""}${adoptPr ? ` (adopt: #${adoptPr.number})` : ""} |`);
  }
  const reports = targets.map((target, i) => {
    const result = results[i];
    const base = { environment: target.name, host: target.host, projectId: target.projectId };
    return result.state === "failed" ? { ...base, error: result.message } : { ...base, plan: result.plan, activity: result.activity };
  });
  const drifted = results.some((r) => r.state === "drifted");
  const failed = results.find((r) => r.state === "failed");
  const outputs = {
    ...planOutputs(reports),
    "has-changes-per-environment": changesPerEnvironment(reports),
    "plan-json": await writePlanJson(ctx, "drift", reports),
    // An environment that could not be checked leaves "no drift" unknown.
    drifted: drifted ? "true" : failed ? "" : "false",
    "drift-issue": JSON.stringify(open2),
    "adopt-pr-number": adoptWritten.join(",")
  };
  const tables = reports.flatMap((r) => r.plan && hasChanges(r.plan) ? [`### ${escapeMarkdown(r.environment)}

${renderDriftTable(r.plan, Math.floor(STEP_SUMMARY_LIMIT / (2 * reports.length)), r.activity)}`] : []);
  const summary2 = ["## PostHog drift check", "| Environment | Project | Result | Issue |\n| --- | --- | --- | --- |\n" + rows.join("\n"), ...tables].join("\n\n");
  if (failed) return { outputs, summary: [summary2], failure: { reason: failed.reason, message: `drift check failed: ${failed.message}` } };
  if (adoptFailures.length > 0) return { outputs, summary: [summary2], failure: { reason: "github-api", message: adoptFailures.join("; ") } };
  if (drifted && ctx.settings.failOnDrift) {
    const names = targets.filter((_, i) => results[i].state === "drifted").map((t) => t.name);
    return { outputs, summary: [summary2], failure: { reason: "drift-detected", message: `drift detected in ${names.join(", ")} (fail-on-drift is set); see ${Object.entries(open2).map(([name, n]) => `${name}: #${n}`).join(", ")}` } };
  }
  return { outputs, summary: [summary2] };
}

// src/action/checks.ts
function checkName(environment) {
  return `posthog plan / ${environment}`;
}
function titleOf(check) {
  const plan = check.report.plan;
  if (!plan) return `Plan failed: ${check.report.error ?? "unknown error"}`.slice(0, 200);
  const { create, update, delete: remove } = plan.summary;
  return `${check.conclusion === "failure" ? "Not covered by the review: " : ""}${create} to create, ${update} to update, ${remove} to delete`;
}
function summaryOf(check) {
  const lead = check.lead ? `${check.lead}

` : "";
  return `${lead}${renderEnvironmentSection(check.report, GITHUB_BODY_LIMIT - 2 - measure(lead))}`;
}
async function reportChecks(ctx, sha, checks) {
  if (!ctx.settings.checks || !sha) return;
  for (const check of checks) {
    try {
      await ctx.github.createCheckRun({
        name: checkName(check.report.environment),
        headSha: sha,
        conclusion: check.conclusion,
        title: titleOf(check),
        summary: summaryOf(check),
        externalId: check.report.environment,
        ...ctx.run.runUrl ? { detailsUrl: ctx.run.runUrl } : {}
      });
    } catch (error2) {
      ctx.host.warning(`Could not report the check runs: ${classifyError(error2).message}. Give the job checks: write to report them, or set checks: false.`);
      return;
    }
  }
}

// src/action/merge-group.ts
function judge(ctx, report, record, pr) {
  const name = report.environment;
  if (!report.plan) return { report, covered: false, text: `planning failed: ${escapeMarkdown(report.error ?? "unknown error")}` };
  if (!hasChanges(report.plan)) return { report, covered: true, text: "nothing to apply" };
  if (!record?.fingerprints[name]) {
    const text2 = pr === void 0 ? "the merge group names no pull request, so no reviewed plan exists" : `pull request #${pr} has no reviewed plan for ${name}`;
    if (ctx.settings.applyWithoutReview) return { report, covered: true, text: `${text2}; apply-without-review is set` };
    return { report, covered: false, text: text2, failure: { reason: "no-reviewed-plan", message: `${name}: ${text2}` } };
  }
  const check = checkAgainstReview(report.plan, record, name);
  if (check.verdict === "matches") return { report, covered: true, text: `the merged result's plan matches the one reviewed on #${pr}` };
  if (check.verdict === "remaining") return { report, covered: true, text: `every change of the merged result was reviewed unchanged on #${pr}` };
  const text = `the merged result's plan differs from the one reviewed on #${pr}: ${check.unreviewed.length} change(s) were not reviewed`;
  if (ctx.settings.allowStalePlan) return { report, covered: true, text: `${text}; allow-stale-plan is set` };
  return { report, covered: false, text, failure: { reason: "plan-changed", message: `${name}: ${text}` } };
}
async function verifyMergeGroup(ctx, reports) {
  const group2 = ctx.run.mergeGroup;
  const pr = group2.pullRequest;
  const comment = pr === void 0 ? void 0 : await findOwnComment(ctx.github, pr, PLAN_MARKER, await ctx.login());
  const record = comment ? readReviewRecord(comment.body) : void 0;
  const verdicts = reports.map((report) => judge(ctx, report, record, pr));
  const checks = verdicts.map((v) => ({ report: v.report, conclusion: v.covered ? "success" : "failure", lead: `Merge queue: ${v.text}.` }));
  await reportChecks(ctx, group2.headSha, checks);
  for (const v of verdicts) ctx.host.info(`${v.report.environment}: ${v.text}`);
  let failure = verdicts.find((v) => v.failure)?.failure;
  if (comment && pr !== void 0) {
    try {
      for (const v of verdicts) {
        await writeStatusLine(ctx, pr, v.report.environment, `${v.covered ? "🔀" : "⛔"} **${v.report.environment}**: merge queue planned the merged result \`${shortSha(group2.headSha)}\` in ${runLink(ctx.run)}: ${v.text}`);
      }
    } catch (error2) {
      failure ??= { reason: "github-api", message: `could not record the merge queue's plan on pull request #${pr}: ${classifyError(error2).message}` };
    }
  }
  const rows = verdicts.map((v) => `| ${escapeMarkdown(v.report.environment)} | ${v.covered ? "✅" : "❌"} ${v.text.replace(/\|/g, "\\|")} |`);
  const summary2 = [`## PostHog merge queue check (\`${shortSha(group2.headSha)}\`)`, "| Environment | Verdict |\n| --- | --- |\n" + rows.join("\n")].join("\n\n");
  return { summary: summary2, ...failure ? { failure } : {} };
}

// src/action/trust.ts
import { mkdir as mkdir3, mkdtemp, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { dirname, join as join3 } from "node:path";

// src/adapters/git/read-file.ts
import { execFile } from "node:child_process";
var MAX_BYTES = 1024 * 1024;
function git(cwd, args) {
  return new Promise((done) => {
    execFile(
      "git",
      ["-C", cwd, ...args],
      { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", GIT_TERMINAL_PROMPT: "0" }, maxBuffer: MAX_BYTES, encoding: "utf8" },
      (error2, stdout, stderr) => done(error2 ? { ok: false, stderr: String(stderr || error2.message).trim() } : { ok: true, stdout })
    );
  });
}
async function readFileAtCommit(cwd, sha, path) {
  if (!/^[0-9a-f]{40}$/.test(sha)) return { status: "unavailable", reason: `"${sha.slice(0, 50)}" is not a commit SHA` };
  const commit = await git(cwd, ["cat-file", "-e", `${sha}^{commit}`]);
  if (!commit.ok) return { status: "unavailable", reason: `commit ${sha.slice(0, 7)} is not in the local repository (${commit.stderr.split("\n")[0] || "git failed"})` };
  const spec = `${sha}:./${path}`;
  const exists2 = await git(cwd, ["cat-file", "-e", spec]);
  if (!exists2.ok) return { status: "missing-file" };
  const blob = await git(cwd, ["cat-file", "blob", spec]);
  return blob.ok ? { status: "found", text: blob.stdout } : { status: "unavailable", reason: blob.stderr.split("\n")[0] || "git failed" };
}

// src/action/trust.ts
var FIELDS = [
  ["host", "host"],
  ["projectId", "project"],
  ["apiKeyEnv", "key variable"]
];
async function loadBaseConfig(ctx, baseSha) {
  if (!isReadableRelativePath(ctx.settings.configFile)) return { error: `the config file ${ctx.settings.configFile} is not a path inside the working directory` };
  const file = await readFileAtCommit(ctx.settings.root, baseSha, ctx.settings.configFile);
  if (file.status === "missing-file") return { config: DEFAULT_CONFIG };
  if (file.status === "unavailable") return { error: `${file.reason}; check out with fetch-depth: 2 (or more) so the base commit is there` };
  const dir = await mkdtemp(join3(ctx.tempDir, "posthog-base-config-"));
  try {
    const path = join3(dir, ctx.settings.configFile);
    await mkdir3(dirname(path), { recursive: true });
    await writeFile3(path, file.text);
    const base = await loadProject({ root: dir, configFile: ctx.settings.configFile, workerPath: ctx.workerPath, configOnly: true });
    const error2 = base.diagnostics.find((d) => d.severity === "error");
    if (error2) return { error: `it does not evaluate on its own (${error2.field ? `${error2.field}: ` : ""}${error2.message}); a config may import only @posthog/definitions` };
    return { config: base.config };
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}
function describeChanges2(base, head) {
  return FIELDS.filter(([field]) => base[field] !== head[field]).map(([field, label]) => `${label} ${base[field]} → ${head[field]}`);
}
function untrustedTarget(name, spec) {
  return { name, configured: true, host: spec.host, projectId: spec.projectId, keySource: spec.apiKeyEnv };
}
async function resolveTrustedTargets(ctx, project) {
  const pr = ctx.run.pullRequest ?? ctx.run.mergeGroup;
  if (!pr) return { targets: resolveTargets(ctx, project), offline: /* @__PURE__ */ new Map(), notices: [] };
  const head = project.config.environments;
  const wanted = (name) => ctx.settings.environment === void 0 || ctx.settings.environment === name;
  const configFile = ctx.settings.configFile;
  const base = pr.baseSha ? await loadBaseConfig(ctx, pr.baseSha) : { error: "the event names no base commit" };
  if ("error" in base) {
    const reason = `the base commit's ${configFile} could not be read, so this environment was planned offline, without its key`;
    const names = Object.keys(head).filter(wanted);
    return {
      targets: names.map((name) => untrustedTarget(name, head[name])),
      offline: new Map(names.map((name) => [name, reason])),
      notices: [{ level: "warning", text: `Where keys go is decided by ${configFile} as of the base commit, which could not be read: ${base.error}. Every environment was planned offline.` }]
    };
  }
  const trusted = base.config.environments;
  const baseNames = Object.keys(trusted);
  const planBase = baseNames.length > 0 ? ctx.settings.environment === void 0 || baseNames.includes(ctx.settings.environment) : Object.keys(head).length === 0;
  const targets = planBase ? resolveTargets(ctx, { ...project, config: { ...project.config, environments: trusted } }) : [];
  const offline = /* @__PURE__ */ new Map();
  const changes = [];
  for (const name of Object.keys(head).filter(wanted)) {
    const spec = head[name];
    const known = trusted[name];
    if (!known) {
      targets.push(untrustedTarget(name, spec));
      offline.set(name, `environment ${name} is not in ${configFile} at the base commit, so where its key would go comes from this pull request; it was planned offline, without a key, until the change is merged`);
      changes.push(`${name} is new`);
      continue;
    }
    const changed = describeChanges2(known, spec);
    if (changed.length > 0) changes.push(`${name}: ${changed.join(", ")}`);
  }
  for (const name of baseNames.filter((n) => wanted(n) && !head[n])) changes.push(`${name} is removed`);
  const notices = changes.length === 0 ? [] : [
    {
      level: "warning",
      text: `This pull request changes where PostHog keys go in ${configFile} (${changes.join("; ")}). The plan uses the settings of the base commit ${shortSha(pr.baseSha)} instead; the new ones apply once merged.`
    }
  ];
  return { targets, offline, notices };
}

// src/action/plan-mode.ts
var TITLE = "PostHog plan";
var FORK_NOTICE = "This pull request comes from a fork, so this run has no PostHog credentials and did not read the live projects. The plan shows the desired state as creates. A maintainer must run the live plan before this is merged.";
var FORK_OFFLINE = "a fork's run holds no PostHog credentials, so the live project was not read.";
function guardUntrustedCode(ctx) {
  const pr = ctx.run.pullRequest;
  if (!pr?.fromFork || ctx.settings.allowUntrustedCode) return;
  const writeToken = ctx.run.eventName === "pull_request_target";
  if (!writeToken && !holdsPostHogSecrets(ctx.settings, ctx.env)) return;
  throw new ToolError(
    "untrusted-code",
    `pull request #${pr.number} comes from a fork and this job holds ${writeToken ? "a write token (pull_request_target)" : "PostHog credentials"}; its definitions are code, so they were not evaluated. Plan forks from a pull_request workflow without secrets, or set allow-untrusted-code: true in a workflow a maintainer starts after reviewing the code.`
  );
}
function invalidDefinitions(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const first = errors[0];
  const where = first?.source ? `${first.source.file}:${first.source.line}: ` : "";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error(s) above)` : "";
  return { reason: "invalid-definitions", message: `the definitions are invalid: ${where}${first ? `${first.field ? `${first.field}: ` : ""}${first.message}` : "unknown error"}${more}` };
}
function checksFailed(environment, blocking) {
  const first = blocking[0];
  const where = first.source ? `${first.source.file}:${first.source.line}: ` : "";
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more above)` : "";
  return { reason: "invalid-definitions", message: `the checks against ${environment} found problems: ${where}${first.message}${more}` };
}
async function planEnvironment(ctx, project, target, offline, early, previous) {
  const base = { environment: target.name, host: target.host, projectId: target.projectId || "?" };
  const validated = await validateTarget(ctx, project, target);
  if (!validated.valid) {
    await early.drop(target.configured ? target.name : void 0);
    return {
      report: { ...base, error: "the definitions are invalid (see above)" },
      status: formatStatusLine(target.name, `❌ **${target.name}**: invalid definitions`),
      failure: invalidDefinitions(validated.diagnostics),
      diagnostics: validated.diagnostics
    };
  }
  if (offline) {
    const plan = { ...createPlan({ target: { host: target.host, projectId: base.projectId, environment: target.name }, desired: validated.resources, observed: [], prune: false }), checks: offlineChecks() };
    return { report: { ...base, plan, offline }, status: formatStatusLine(target.name, `🔒 **${target.name}**: offline plan only; a maintainer must run the live plan`), diagnostics: validated.diagnostics };
  }
  try {
    const connection = connectionOf(target, ctx.settings, ctx.env);
    const { plan, activity } = await withPostHog(connection, async (api) => {
      const planned = await planWith(ctx, api, connection, validated.resources, false, true, previous && baseResources(previous, target.configured ? target.name : void 0));
      return { plan: planned, activity: await readFieldActivity(api, planned, (text) => ctx.host.warning(`${target.name}: ${text}`)) };
    }, early);
    const diagnostics = [...validated.diagnostics, ...plan.checks?.findings ?? []];
    const blocking = blockingFindings(plan.checks, ctx.settings.failOnCheckWarnings);
    if (blocking.length > 0) {
      return {
        report: { ...base, error: "the checks against the project found problems (see above)" },
        status: formatStatusLine(target.name, `❌ **${target.name}**: checks against the project found problems`),
        failure: checksFailed(target.name, blocking),
        diagnostics
      };
    }
    const line = `📝 **${target.name}**: planned for \`${shortSha(ctx.run.sha)}\` in ${runLink(ctx.run)}`;
    return { report: { ...base, plan, ...Object.keys(activity).length > 0 ? { activity } : {} }, status: formatStatusLine(target.name, line), diagnostics };
  } catch (error2) {
    const failure = classifyError(error2);
    ctx.host.error(`${target.name}: ${failure.message}`);
    return { report: { ...base, error: failure.message }, status: formatStatusLine(target.name, `❌ **${target.name}**: plan failed`), failure, diagnostics: validated.diagnostics };
  }
}
async function loadPullRequestBase(ctx) {
  const baseSha = ctx.run.pullRequest?.baseSha;
  if (!baseSha) return void 0;
  const base = await loadBaseCommit({ root: ctx.settings.root, sha: baseSha, tempDir: ctx.tempDir, configFile: ctx.settings.configFile, workerPath: ctx.workerPath });
  if ("error" in base) ctx.host.warning(`Changes were not compared with the base commit ${shortSha(baseSha)}, so none is labelled as undoing an edit made in PostHog: ${base.error}`);
  return base;
}
function configuredEnvironments(project) {
  const names = Object.keys(project.config.environments);
  return names.length > 0 ? names : [DEFAULT_ENVIRONMENT];
}
async function runPlanMode(ctx) {
  guardUntrustedCode(ctx);
  const fork = ctx.run.pullRequest?.fromFork === true && !ctx.settings.allowUntrustedCode;
  const trustOf = (loaded) => fork ? Promise.resolve({ targets: resolveTargets(ctx, loaded), offline: /* @__PURE__ */ new Map(), notices: [] }) : resolveTrustedTargets(ctx, loaded);
  const trustedEarly = async (configOnly) => {
    const early2 = await trustOf(configOnly);
    return keyedConnections(ctx, early2.targets.filter((target) => !early2.offline.has(target.name)));
  };
  const { project, early } = await loadWorkspaceReading(ctx, fork ? void 0 : trustedEarly);
  const trust = await trustOf(project).catch(async (error2) => {
    await early.dropAll();
    throw error2;
  });
  for (const notice of trust.notices) ctx.host.warning(notice.text);
  const base = fork ? void 0 : await loadPullRequestBase(ctx);
  const planned = await Promise.all(trust.targets.map((target) => planEnvironment(ctx, project, target, fork ? FORK_OFFLINE : trust.offline.get(target.name), early, base))).finally(() => early.dropAll());
  const diagnostics = uniqueDiagnostics(planned.flatMap((p) => p.diagnostics));
  annotateDiagnostics(ctx, diagnostics);
  const reports = planned.map((p) => p.report);
  for (const report of reports) if (report.plan && !report.offline) await logPlan(ctx, report.environment, report.plan);
  const notices = [...fork ? [{ level: "warning", text: FORK_NOTICE }] : [], ...trust.notices];
  const outputs = { ...planOutputs(reports), "has-changes-per-environment": changesPerEnvironment(reports), "plan-json": await writePlanJson(ctx, "plan", reports) };
  const summary2 = [renderPlanMarkdown(reports, { title: TITLE, maxLength: STEP_SUMMARY_LIMIT, notices, diagnostics, maxDiagnostics: 500 })];
  const planFailure = planned.find((p) => p.failure?.reason === "invalid-definitions")?.failure ?? planned.find((p) => p.failure)?.failure;
  if (ctx.run.mergeGroup) {
    const verified = await verifyMergeGroup(ctx, reports);
    const failure2 = planFailure ?? verified.failure;
    return { outputs, summary: [...summary2, verified.summary], ...failure2 ? { failure: failure2 } : {} };
  }
  const entries = planned.map((p) => createEntry(p.report, p.status, p.diagnostics, configuredEnvironments(project).length));
  const written = await writePlanComment(ctx, entries, configuredEnvironments(project), notices, fork);
  if (written.comment) Object.assign(outputs, { "comment-url": written.comment.url, "comment-id": String(written.comment.id) });
  await reportChecks(ctx, ctx.run.sha, reports.map((report) => ({ report, conclusion: !report.plan ? "failure" : report.offline ? "neutral" : "success" })));
  const pr = ctx.run.pullRequest;
  if (pr && !written.failure) {
    const rows = (written.comment ? readCommentEntries(written.comment.body) : entries).map((e) => e.row);
    await syncLabels(ctx, pr.number, Object.values(PLAN_LABELS), planLabels(rows));
  }
  const failure = planFailure ?? written.failure;
  return { outputs, summary: summary2, ...failure ? { failure } : {} };
}
async function writePlanComment(ctx, entries, order, notices, fork) {
  const pr = ctx.run.pullRequest;
  if (!pr || ctx.settings.comment === "never") return {};
  const frame = { title: TITLE, notices };
  const desired = (body) => composePlanComment(mergeEntries(body ? readCommentEntries(body) : [], entries, order), frame);
  const skip = ctx.settings.comment === "changes-only" && !entries.some((e) => e.row.summary && e.row.summary.create + e.row.summary.update + e.row.summary.delete > 0);
  try {
    const result = await settleComment(ctx.github, pr.number, PLAN_MARKER, await ctx.login(), {
      next: (current) => !current && skip ? void 0 : desired(current?.body),
      holds: (body) => body === desired(body)
    });
    if (result.action === "skipped") return {};
    if (result.action === "unsettled") return { comment: result.comment, failure: { reason: "github-api", message: `could not settle the plan comment on pull request #${pr.number}: other jobs kept editing it` } };
    ctx.host.info(`Plan comment ${result.action}: ${result.comment.url}`);
    return { comment: result.comment };
  } catch (error2) {
    const { message } = classifyError(error2);
    if (fork) {
      ctx.host.warning(`Could not write the plan comment: ${message}. A fork's pull request gets a read-only token; the plan is in the job summary.`);
      return {};
    }
    return { failure: { reason: "github-api", message: `could not write the plan comment on pull request #${pr.number}: ${message}. The token needs pull-requests: write, and apply on merge needs the plan this comment records.` } };
  }
}

// src/action/prune-mode.ts
async function runPruneMode(ctx) {
  const project = await loadWorkspace(ctx);
  const target = pickTarget(resolveTargets(ctx, project));
  const validated = await validateTarget(ctx, project, target);
  annotateDiagnostics(ctx, validated.diagnostics);
  if (!validated.valid) throw new ToolError("invalid-definitions", "the definitions are invalid; nothing was pruned, because every resource would look orphaned");
  const connection = connectionOf(target, ctx.settings, ctx.env);
  return withPostHog(connection, async (api) => {
    const plan = filterPlan(await planWith(ctx, api, connection, validated.resources, true), (s) => s.action === "delete");
    const deletions = plan.steps;
    const report = { environment: target.name, host: target.host, projectId: target.projectId, plan };
    const outputs = { ...planOutputs([report]), "plan-json": await writePlanJson(ctx, "prune", [report]) };
    const heading = `## PostHog prune: ${escapeMarkdown(target.name)} (project ${escapeMarkdown(target.projectId)})`;
    for (const step of deletions) ctx.host.info(`  - ${step.kind} ${step.key} (id ${step.id})`);
    if (deletions.length === 0) return { outputs, summary: [`${heading}

Nothing to prune: every managed resource has a definition.`] };
    const list = renderResultsMarkdown(plan);
    const over = deletions.length > ctx.settings.maxDeletions;
    const cap = `${deletions.length} deletion(s) exceed max-deletions (${ctx.settings.maxDeletions}); raise it to delete them all in one run.`;
    if (ctx.settings.dryRun) {
      const how = `Dry run: nothing was deleted. To delete, run again with \`dry-run: false\` and \`confirm: ${target.projectId}\`.`;
      return { outputs, summary: [[heading, `${deletions.length} managed resource(s) have no definition.`, list, how, ...over ? [cap] : []].join("\n\n")] };
    }
    if (ctx.settings.confirm !== target.projectId) {
      const message = `deleting needs confirmation: set the confirm input to the project id (${target.projectId})${ctx.settings.confirm ? `; got "${ctx.settings.confirm}"` : ""}. Nothing was deleted.`;
      return { outputs, summary: [[heading, list, `Refused: ${escapeMarkdown(message)}`].join("\n\n")], failure: { reason: "confirmation-required", message } };
    }
    if (over) return { outputs, summary: [[heading, list, `Refused: ${cap} Nothing was deleted.`].join("\n\n")], failure: { reason: "too-many-deletions", message: `${cap} Nothing was deleted.` } };
    const result = await ctx.host.group(`Prune ${target.name}`, () => applyPlan(plan, api, { progress: (e) => ctx.host.info(`  [${e.done}/${e.total}] ${e.message}`) }));
    const summary2 = [heading, `Deleted ${result.applied} of ${deletions.length} managed resource(s) without a definition.`, renderResultsMarkdown(plan, result)].join("\n\n");
    const done = { ...outputs, applied: String(result.applied), failed: String(result.failed) };
    if (result.failed === 0) return { outputs: done, summary: [summary2] };
    return { outputs: done, summary: [summary2], failure: { reason: "partial-apply", message: `${result.failed} deletion(s) failed in ${target.name}; re-running the prune retries them` } };
  });
}

// src/action/main.ts
var MODE_RUNNERS = {
  plan: runPlanMode,
  apply: runApplyMode,
  prune: runPruneMode,
  drift: runDriftMode
};
async function runAction({ env, workerPath, host }) {
  let outcome;
  let mode;
  try {
    const run = await readRunContext(env);
    const settings = parseInputs((name) => host.input(name), run.workspace);
    host.setSecret(settings.githubToken);
    if (settings.apiKey) host.setSecret(settings.apiKey);
    mode = resolveMode(settings.mode, run.eventName);
    host.info(`posthog-definitions: ${mode} (event ${run.eventName || "unknown"}, commit ${run.sha.slice(0, 7)})`);
    const github = createGitHubApi({ token: settings.githubToken, baseUrl: run.apiUrl, owner: run.owner, repo: run.repo });
    let login;
    const ctx = {
      settings,
      run,
      host,
      env,
      workerPath,
      github,
      login: () => login ??= github.viewerLogin(),
      tempDir: env.RUNNER_TEMP || tmpdir()
    };
    outcome = await MODE_RUNNERS[mode](ctx);
  } catch (error2) {
    const failure = classifyError(error2);
    outcome = { outputs: {}, summary: [`## PostHog definitions

❌ ${escapeMarkdown(failure.message)}`], failure };
  }
  if (mode) host.setOutput("mode", mode);
  for (const [name, value] of Object.entries(outcome.outputs)) host.setOutput(name, value);
  host.setOutput("failure-reason", outcome.failure?.reason ?? "");
  try {
    await host.appendSummary(outcome.summary.join("\n\n"));
  } catch (error2) {
    host.warning(`Could not write the job summary: ${classifyError(error2).message}`);
  }
  if (outcome.failure) host.fail(outcome.failure.message);
}

// src/entry/action.ts
setFlagsFromString("--semi-space-growth-factor=1");
await runAction({
  env: process.env,
  workerPath: fileURLToPath(new URL("./definitions-worker.js", import.meta.url)),
  host: createRunnerHost()
});
