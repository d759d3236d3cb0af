import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  application_schema_default,
  capstan_config_schema_default
} from "./chunk-G6D3CCKW.js";
import {
  YamlError,
  countPath,
  parseYamlWithDocs,
  referenceMode,
  require_dist
} from "./chunk-NAEY2JMF.js";
import {
  require_dist as require_dist2
} from "./chunk-5SBUQFNJ.js";
import {
  require_ajv,
  require_equal
} from "./chunk-DFTUZEB7.js";
import {
  require_ucs2length
} from "./chunk-AUIKRLBV.js";
import {
  emitYaml
} from "./chunk-UUCA4ZKB.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-XYNQLYSQ.js";

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies2 = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies2;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange2 = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange2;
  }
});

// src/core/common/suggest.ts
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  return d[a.length][b.length];
}
function closest(name, candidates) {
  if (name.length < 3) return void 0;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const dist = c.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, c);
    const stem = commonPrefix(name, c) >= Math.max(3, name.length - 1);
    if ((dist <= limit || stem) && dist < bestD) [best, bestD] = [c, dist];
  }
  return best;
}
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
function didYouMean(name, candidates) {
  const c = closest(name, candidates);
  return c === void 0 ? "" : `; did you mean "${c}"?`;
}
function schemaProperties(schema, pointer) {
  let nodes = [schema];
  for (const seg of pointer.split("/").slice(1)) {
    const next = [];
    for (const n of expand(nodes)) {
      const s = n;
      const props = s.properties;
      if (props && seg in props) next.push(props[seg]);
      if (/^\d+$/.test(seg) && s.items) next.push(s.items);
      if (s.additionalProperties && typeof s.additionalProperties === "object")
        next.push(s.additionalProperties);
    }
    nodes = next;
  }
  return [
    ...new Set(
      expand(nodes).flatMap(
        (n) => Object.keys(n.properties ?? {})
      )
    )
  ];
}
function expand(nodes) {
  const out = [];
  const visit = (n) => {
    if (!n || typeof n !== "object") return;
    out.push(n);
    const s = n;
    for (const k of ["allOf", "anyOf", "oneOf"])
      if (Array.isArray(s[k])) for (const b of s[k]) visit(b);
  };
  nodes.forEach(visit);
  return out;
}
function didYouMeanInline(name, candidates) {
  const c = closest(name, candidates);
  return c === void 0 ? "" : ` (did you mean "${c}"?)`;
}

// src/core/model/semver.ts
var import_compare = __toESM(require_compare(), 1);
var import_parse = __toESM(require_parse(), 1);
var import_satisfies = __toESM(require_satisfies(), 1);
var import_valid = __toESM(require_valid(), 1);
function parseSemVer(s) {
  const v = (0, import_parse.default)(s);
  if (!v) return void 0;
  return { major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease.join(".") };
}
var text = (v) => `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ""}`;
function compareSemVer(a, b) {
  return (0, import_compare.default)(text(a), text(b));
}
function parseRange(range) {
  if (!range.trim()) return void 0;
  const r = (0, import_valid.default)(range, { includePrerelease: true });
  if (r === null) return void 0;
  return (v) => (0, import_satisfies.default)(text(v), r, { includePrerelease: true });
}

// src/core/model/lock.ts
var LOCK_FILE = "capstan.lock";
function parseLock(f) {
  try {
    const v = parseYamlWithDocs(f.text)[0]?.value;
    if (!v || v.lockVersion !== 1 || !Array.isArray(v.capabilities))
      return {
        problems: [
          {
            file: f.file,
            line: 1,
            col: 1,
            code: "lock",
            message: "not a capstan.lock (lockVersion: 1); regenerate it with `capstan lock`"
          }
        ]
      };
    const entries = [];
    for (const e of v.capabilities) {
      if (typeof e?.name !== "string" || typeof e.version !== "string" || typeof e.digest !== "string" || typeof e.source !== "string")
        return {
          problems: [
            {
              file: f.file,
              code: "lock",
              message: "a capstan.lock entry needs name, version, source and digest; regenerate it with `capstan lock`"
            }
          ]
        };
      entries.push({
        name: e.name,
        version: e.version,
        source: e.source,
        digest: e.digest,
        commit: typeof e.commit === "string" ? e.commit : void 0
      });
    }
    return { lock: { entries }, problems: [] };
  } catch (e) {
    if (e instanceof YamlError)
      return {
        problems: [{ file: f.file, line: e.line, col: e.col, code: "yaml", message: e.message }]
      };
    throw e;
  }
}
function lockFromCapabilities(caps) {
  const seen = /* @__PURE__ */ new Set();
  const entries = [];
  for (const c of caps) {
    const k = `${c.name}@${c.version}`;
    if (seen.has(k)) continue;
    seen.add(k);
    entries.push({
      name: c.name,
      version: c.version,
      source: c.source,
      digest: c.digest,
      ...c.commit ? { commit: c.commit } : {}
    });
  }
  entries.sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0
  );
  return { entries };
}
function emitLock(lock) {
  return "# capstan.lock: resolved capability versions and their content digests.\n# Written by `capstan lock`; do not edit by hand.\n" + emitYaml({ lockVersion: 1, capabilities: lock.entries });
}
function checkLock(used, lock, lockFile, frozen) {
  const problems = [];
  const notices = [];
  if (!lock) {
    if (frozen)
      problems.push({
        file: lockFile,
        code: "lock",
        message: "capstan.lock is missing; run `capstan lock` and commit it (or run without --frozen)"
      });
    else if (used.length)
      notices.push(
        "no capstan.lock: capability versions were resolved to the newest available; run `capstan lock` to pin them"
      );
    return { problems, notices };
  }
  const seen = /* @__PURE__ */ new Set();
  for (const c of used) {
    const id = `${c.name}@${c.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const e = lock.entries.find((x) => x.name === c.name && x.version === c.version);
    if (!e) {
      if (frozen)
        problems.push({
          file: lockFile,
          code: "lock",
          capability: id,
          message: `capstan.lock does not list ${id} (from ${c.source}); run \`capstan lock\` and commit it`
        });
      else notices.push(`capstan.lock does not list ${id}; run \`capstan lock\` to pin it`);
      continue;
    }
    if (e.digest !== c.digest)
      problems.push({
        file: lockFile,
        code: "integrity",
        capability: id,
        message: `integrity error: the content of ${id} (${c.source}) changed since capstan.lock was written (locked ${e.digest.slice(0, 19)}\u2026, found ${c.digest.slice(0, 19)}\u2026); a published version must never change \u2014 publish a new version, or run \`capstan lock --update\` if the change is intended`
      });
  }
  return { problems, notices };
}

// src/core/checks/ajv.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);

// src/generated/validators.ts
var validators_exports = {};
__export(validators_exports, {
  app: () => app,
  capability: () => capability,
  config: () => config,
  meta: () => meta
});
var import_equal = __toESM(require_equal(), 1);
var import_ucs2length = __toESM(require_ucs2length(), 1);
var __equal = import_equal.default.default ?? import_equal.default;
var __ucs2length = import_ucs2length.default.default ?? import_ucs2length.default;
var app = validate10;
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var schema12 = {
  type: "object",
  additionalProperties: false,
  required: ["name", "type"],
  properties: {
    name: { type: "string", description: "Component name (DNS-1123 label)." },
    type: { $ref: "#/definitions/typeRef" },
    properties: { type: "object", description: "Parameters of the component type." },
    traits: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["type"],
        properties: { type: { $ref: "#/definitions/typeRef" }, properties: { type: "object" } }
      }
    },
    dependsOn: { type: "array", items: { type: "string" } },
    inputs: { type: "array" },
    outputs: { type: "array" },
    externalRevision: { type: "string" },
    scopes: { type: "object" }
  }
};
var func2 = Object.prototype.hasOwnProperty;
var pattern1 = new RegExp(
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$",
  "u"
);
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property 'name'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property 'type'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err3 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err4 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/definitions/typeRef/pattern",
            keyword: "pattern",
            params: {
              pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$"
            },
            message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$"'
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/definitions/typeRef/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data2 = data.properties;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err6 = {
          instancePath: instancePath + "/properties",
          schemaPath: "#/properties/properties/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.traits !== void 0) {
      let data3 = data.traits;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.type === void 0) {
              const err7 = {
                instancePath: instancePath + "/traits/" + i0,
                schemaPath: "#/properties/traits/items/required",
                keyword: "required",
                params: { missingProperty: "type" },
                message: "must have required property 'type'"
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(key1 === "type" || key1 === "properties")) {
                const err8 = {
                  instancePath: instancePath + "/traits/" + i0,
                  schemaPath: "#/properties/traits/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data4.type !== void 0) {
              let data5 = data4.type;
              if (typeof data5 === "string") {
                if (!pattern1.test(data5)) {
                  const err9 = {
                    instancePath: instancePath + "/traits/" + i0 + "/type",
                    schemaPath: "#/definitions/typeRef/pattern",
                    keyword: "pattern",
                    params: {
                      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$"
                    },
                    message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$"'
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = {
                  instancePath: instancePath + "/traits/" + i0 + "/type",
                  schemaPath: "#/definitions/typeRef/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data4.properties !== void 0) {
              let data6 = data4.properties;
              if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                const err11 = {
                  instancePath: instancePath + "/traits/" + i0 + "/properties",
                  schemaPath: "#/properties/traits/items/properties/properties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + "/traits/" + i0,
              schemaPath: "#/properties/traits/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/traits",
          schemaPath: "#/properties/traits/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.dependsOn !== void 0) {
      let data7 = data.dependsOn;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data7[i1] !== "string") {
            const err14 = {
              instancePath: instancePath + "/dependsOn/" + i1,
              schemaPath: "#/properties/dependsOn/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/dependsOn",
          schemaPath: "#/properties/dependsOn/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      if (!Array.isArray(data.inputs)) {
        const err16 = {
          instancePath: instancePath + "/inputs",
          schemaPath: "#/properties/inputs/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.outputs !== void 0) {
      if (!Array.isArray(data.outputs)) {
        const err17 = {
          instancePath: instancePath + "/outputs",
          schemaPath: "#/properties/outputs/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.externalRevision !== void 0) {
      if (typeof data.externalRevision !== "string") {
        const err18 = {
          instancePath: instancePath + "/externalRevision",
          schemaPath: "#/properties/externalRevision/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.scopes !== void 0) {
      let data12 = data.scopes;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
        const err19 = {
          instancePath: instancePath + "/scopes",
          schemaPath: "#/properties/scopes/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property 'kind'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "metadata" },
        message: "must have required property 'metadata'"
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "spec" },
        message: "must have required property 'spec'"
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      if ("core.oam.dev/v1beta1" !== data.apiVersion) {
        const err4 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "core.oam.dev/v1beta1" },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("Application" !== data.kind) {
        const err5 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/const",
          keyword: "const",
          params: { allowedValue: "Application" },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err6 = {
            instancePath: instancePath + "/metadata",
            schemaPath: "#/properties/metadata/required",
            keyword: "required",
            params: { missingProperty: "name" },
            message: "must have required property 'name'"
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.name !== void 0) {
          if (typeof data2.name !== "string") {
            const err7 = {
              instancePath: instancePath + "/metadata/name",
              schemaPath: "#/properties/metadata/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.namespace !== void 0) {
          let data4 = data2.namespace;
          if (typeof data4 === "string") {
            if (!pattern0.test(data4)) {
              const err8 = {
                instancePath: instancePath + "/metadata/namespace",
                schemaPath: "#/properties/metadata/properties/namespace/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
                message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"'
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + "/metadata/namespace",
              schemaPath: "#/properties/metadata/properties/namespace/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data5 = data2.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key0 in data5) {
              if (typeof data5[key0] !== "string") {
                const err10 = {
                  instancePath: instancePath + "/metadata/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/metadata/labels",
              schemaPath: "#/properties/metadata/properties/labels/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data7 = data2.annotations;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              if (typeof data7[key1] !== "string") {
                const err12 = {
                  instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/metadata/annotations",
              schemaPath: "#/properties/metadata/properties/annotations/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/metadata",
          schemaPath: "#/properties/metadata/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data9 = data.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.components === void 0) {
          const err15 = {
            instancePath: instancePath + "/spec",
            schemaPath: "#/properties/spec/required",
            keyword: "required",
            params: { missingProperty: "components" },
            message: "must have required property 'components'"
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!(key2 === "components" || key2 === "policies" || key2 === "workflow")) {
            const err16 = {
              instancePath: instancePath + "/spec",
              schemaPath: "#/properties/spec/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data9.components !== void 0) {
          let data10 = data9.components;
          if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate11(data10[i0], {
                instancePath: instancePath + "/spec/components/" + i0,
                parentData: data10,
                parentDataProperty: i0,
                rootData
              })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/spec/components",
              schemaPath: "#/properties/spec/properties/components/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array"
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.policies !== void 0) {
          let data12 = data9.policies;
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.name === void 0) {
                  const err18 = {
                    instancePath: instancePath + "/spec/policies/" + i1,
                    schemaPath: "#/definitions/policy/required",
                    keyword: "required",
                    params: { missingProperty: "name" },
                    message: "must have required property 'name'"
                  };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (data13.type === void 0) {
                  const err19 = {
                    instancePath: instancePath + "/spec/policies/" + i1,
                    schemaPath: "#/definitions/policy/required",
                    keyword: "required",
                    params: { missingProperty: "type" },
                    message: "must have required property 'type'"
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                for (const key3 in data13) {
                  if (!(key3 === "name" || key3 === "type" || key3 === "properties")) {
                    const err20 = {
                      instancePath: instancePath + "/spec/policies/" + i1,
                      schemaPath: "#/definitions/policy/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key3 },
                      message: "must NOT have additional properties"
                    };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data13.name !== void 0) {
                  if (typeof data13.name !== "string") {
                    const err21 = {
                      instancePath: instancePath + "/spec/policies/" + i1 + "/name",
                      schemaPath: "#/definitions/policy/properties/name/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data13.type !== void 0) {
                  if (typeof data13.type !== "string") {
                    const err22 = {
                      instancePath: instancePath + "/spec/policies/" + i1 + "/type",
                      schemaPath: "#/definitions/policy/properties/type/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string"
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data13.properties !== void 0) {
                  let data16 = data13.properties;
                  if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                    const err23 = {
                      instancePath: instancePath + "/spec/policies/" + i1 + "/properties",
                      schemaPath: "#/definitions/policy/properties/properties/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object"
                    };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = {
                  instancePath: instancePath + "/spec/policies/" + i1,
                  schemaPath: "#/definitions/policy/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/spec/policies",
              schemaPath: "#/properties/spec/properties/policies/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array"
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.workflow !== void 0) {
          let data17 = data9.workflow;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.steps !== void 0) {
              let data18 = data17.steps;
              if (Array.isArray(data18)) {
                const len2 = data18.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data19 = data18[i2];
                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                    if (data19.name === void 0) {
                      const err26 = {
                        instancePath: instancePath + "/spec/workflow/steps/" + i2,
                        schemaPath: "#/definitions/step/required",
                        keyword: "required",
                        params: { missingProperty: "name" },
                        message: "must have required property 'name'"
                      };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    if (data19.type === void 0) {
                      const err27 = {
                        instancePath: instancePath + "/spec/workflow/steps/" + i2,
                        schemaPath: "#/definitions/step/required",
                        keyword: "required",
                        params: { missingProperty: "type" },
                        message: "must have required property 'type'"
                      };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                    if (data19.name !== void 0) {
                      if (typeof data19.name !== "string") {
                        const err28 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/name",
                          schemaPath: "#/definitions/step/properties/name/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string"
                        };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                    if (data19.type !== void 0) {
                      if (typeof data19.type !== "string") {
                        const err29 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/type",
                          schemaPath: "#/definitions/step/properties/type/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string"
                        };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                    if (data19.properties !== void 0) {
                      let data22 = data19.properties;
                      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
                        const err30 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/properties",
                          schemaPath: "#/definitions/step/properties/properties/type",
                          keyword: "type",
                          params: { type: "object" },
                          message: "must be object"
                        };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                    if (data19.dependsOn !== void 0) {
                      let data23 = data19.dependsOn;
                      if (Array.isArray(data23)) {
                        const len3 = data23.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          if (typeof data23[i3] !== "string") {
                            const err31 = {
                              instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/dependsOn/" + i3,
                              schemaPath: "#/definitions/step/properties/dependsOn/items/type",
                              keyword: "type",
                              params: { type: "string" },
                              message: "must be string"
                            };
                            if (vErrors === null) {
                              vErrors = [err31];
                            } else {
                              vErrors.push(err31);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err32 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/dependsOn",
                          schemaPath: "#/definitions/step/properties/dependsOn/type",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array"
                        };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                    if (data19.inputs !== void 0) {
                      if (!Array.isArray(data19.inputs)) {
                        const err33 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/inputs",
                          schemaPath: "#/definitions/step/properties/inputs/type",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array"
                        };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                    if (data19.outputs !== void 0) {
                      if (!Array.isArray(data19.outputs)) {
                        const err34 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/outputs",
                          schemaPath: "#/definitions/step/properties/outputs/type",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array"
                        };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data19.if !== void 0) {
                      if (typeof data19.if !== "string") {
                        const err35 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/if",
                          schemaPath: "#/definitions/step/properties/if/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string"
                        };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                    }
                    if (data19.timeout !== void 0) {
                      if (typeof data19.timeout !== "string") {
                        const err36 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/timeout",
                          schemaPath: "#/definitions/step/properties/timeout/type",
                          keyword: "type",
                          params: { type: "string" },
                          message: "must be string"
                        };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                    if (data19.subSteps !== void 0) {
                      if (!Array.isArray(data19.subSteps)) {
                        const err37 = {
                          instancePath: instancePath + "/spec/workflow/steps/" + i2 + "/subSteps",
                          schemaPath: "#/definitions/step/properties/subSteps/type",
                          keyword: "type",
                          params: { type: "array" },
                          message: "must be array"
                        };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err38 = {
                      instancePath: instancePath + "/spec/workflow/steps/" + i2,
                      schemaPath: "#/definitions/step/type",
                      keyword: "type",
                      params: { type: "object" },
                      message: "must be object"
                    };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = {
                  instancePath: instancePath + "/spec/workflow/steps",
                  schemaPath: "#/properties/spec/properties/workflow/properties/steps/type",
                  keyword: "type",
                  params: { type: "array" },
                  message: "must be array"
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data17.mode !== void 0) {
              let data30 = data17.mode;
              if (!(data30 && typeof data30 == "object" && !Array.isArray(data30))) {
                const err40 = {
                  instancePath: instancePath + "/spec/workflow/mode",
                  schemaPath: "#/properties/spec/properties/workflow/properties/mode/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data17.ref !== void 0) {
              if (typeof data17.ref !== "string") {
                const err41 = {
                  instancePath: instancePath + "/spec/workflow/ref",
                  schemaPath: "#/properties/spec/properties/workflow/properties/ref/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = {
              instancePath: instancePath + "/spec/workflow",
              schemaPath: "#/properties/spec/properties/workflow/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = {
          instancePath: instancePath + "/spec",
          schemaPath: "#/properties/spec/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var config = validate13;
var schema17 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://capstan.dev/schemas/capstan-config.schema.json",
  title: "capstan.yaml",
  description: "capstan configuration: environments, the environment repository, capability sources and Kubernetes versions.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "environments"],
  properties: {
    apiVersion: { const: "capstan.dev/v1alpha1", description: "Always capstan.dev/v1alpha1." },
    kind: { const: "Config", description: "Always Config." },
    requiredVersion: {
      type: "string",
      description: 'capstan versions this repository works with, as a semver range, e.g. ">=0.1.0".'
    },
    apps: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: ["apps/**/*.yaml"],
      description: "Globs (relative to the source root) of files holding OAM Applications."
    },
    envRepo: {
      type: "object",
      additionalProperties: false,
      properties: {
        url: {
          type: "string",
          description: "The environment repository: a URL, owner/name on GitHub, or a local path."
        },
        branch: {
          type: "string",
          default: "main",
          description: "The branch Argo CD or Flux deploys."
        },
        root: {
          type: "string",
          default: "envs",
          pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
          description: "Folder of the environment repository that holds one folder per environment."
        }
      }
    },
    kubeVersion: { $ref: "#/definitions/kubeVersion" },
    environments: { type: "array", minItems: 1, items: { $ref: "#/definitions/environment" } },
    capabilities: {
      type: "array",
      description: "Capability sources; later entries shadow earlier ones by whole capability name.",
      items: {
        oneOf: [
          { const: "builtin", description: "capstan's built-in capability pack." },
          {
            type: "object",
            additionalProperties: false,
            required: ["path"],
            properties: {
              path: {
                type: "string",
                description: "A folder of the source repository holding capabilities/<name>/<version>/."
              }
            }
          },
          {
            type: "object",
            additionalProperties: false,
            required: ["git", "ref"],
            properties: {
              git: { type: "string", description: "Git URL of a capability pack." },
              ref: {
                type: "string",
                description: "Tag, branch or commit; pinned by commit in capstan.lock."
              },
              path: {
                type: "string",
                description: "Folder inside the pack repository (default: its root)."
              }
            }
          }
        ]
      }
    },
    schemas: {
      type: "array",
      items: { type: "string" },
      description: "Globs of CustomResourceDefinition files, for kinds no bundled schema knows."
    }
  },
  definitions: {
    kubeVersion: {
      type: "string",
      pattern: "^1\\.[0-9]{1,2}$",
      description: 'A Kubernetes minor version as a quoted "MAJOR.MINOR" string, e.g. "1.31".'
    },
    environment: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          maxLength: 63,
          description: "Environment name (DNS-1123 label); its folder in the env repo."
        },
        autoDeploy: {
          type: "boolean",
          default: false,
          description: "Rendered and committed on every push to main."
        },
        approval: {
          enum: ["none", "pull-request"],
          default: "none",
          description: "pull-request: the render goes to a branch and a PR instead of a direct push."
        },
        promotesFrom: {
          type: "string",
          description: "Only reachable by promotion from this environment."
        },
        verify: {
          type: "object",
          additionalProperties: false,
          description: "Promotion gates: what the promotesFrom environment must have proven (commit statuses on the env repo) before capstan promotes to this one (docs/promotion.md).",
          properties: {
            statuses: {
              type: "array",
              minItems: 1,
              items: { type: "string", minLength: 1 },
              description: "Commit-status contexts that must be success on the env-repo commit that last changed the source environment (or a later one): globs, * within one / segment, ** across, e.g. kustomization/capstan-staging/*."
            },
            minAge: {
              type: "string",
              pattern: "^([0-9]+[smhd])+$",
              description: "How long the source environment must have run the revision (since its gates first passed; without statuses, since the env-repo commit), e.g. 10m, 1h30m, 2d."
            }
          }
        },
        autoPromote: {
          type: "boolean",
          default: false,
          description: "Promotion pushes straight to this environment's branch when verified, instead of opening a pull request."
        },
        kubeVersion: { $ref: "#/definitions/kubeVersion" },
        policies: {
          type: "array",
          items: { type: "string" },
          description: "Topology policy names that mean this environment (default: [name])."
        },
        namespace: {
          type: "string",
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          description: "Namespace used when the Application names none."
        },
        branch: {
          type: "string",
          description: "Branch-per-environment layout: the env repo branch for this environment."
        },
        allowLiteralSecrets: {
          type: "boolean",
          default: false,
          description: "Allow plain Secret objects with literal data."
        },
        createNamespaces: {
          type: "boolean",
          default: false,
          description: "Emit Namespace objects owned by capstan."
        },
        guardrails: {
          type: "array",
          description: "Policy capabilities applied to every object of this environment.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["type"],
            properties: {
              type: {
                type: "string",
                description: "A Policy capability, e.g. image-policy or image-policy@1."
              },
              properties: { type: "object", description: "The policy's parameters." }
            }
          }
        }
      }
    }
  }
};
var func4 = __ucs2length;
var pattern3 = new RegExp("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "u");
var pattern4 = new RegExp("^1\\.[0-9]{1,2}$", "u");
var schema19 = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: {
      type: "string",
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
      maxLength: 63,
      description: "Environment name (DNS-1123 label); its folder in the env repo."
    },
    autoDeploy: {
      type: "boolean",
      default: false,
      description: "Rendered and committed on every push to main."
    },
    approval: {
      enum: ["none", "pull-request"],
      default: "none",
      description: "pull-request: the render goes to a branch and a PR instead of a direct push."
    },
    promotesFrom: {
      type: "string",
      description: "Only reachable by promotion from this environment."
    },
    verify: {
      type: "object",
      additionalProperties: false,
      description: "Promotion gates: what the promotesFrom environment must have proven (commit statuses on the env repo) before capstan promotes to this one (docs/promotion.md).",
      properties: {
        statuses: {
          type: "array",
          minItems: 1,
          items: { type: "string", minLength: 1 },
          description: "Commit-status contexts that must be success on the env-repo commit that last changed the source environment (or a later one): globs, * within one / segment, ** across, e.g. kustomization/capstan-staging/*."
        },
        minAge: {
          type: "string",
          pattern: "^([0-9]+[smhd])+$",
          description: "How long the source environment must have run the revision (since its gates first passed; without statuses, since the env-repo commit), e.g. 10m, 1h30m, 2d."
        }
      }
    },
    autoPromote: {
      type: "boolean",
      default: false,
      description: "Promotion pushes straight to this environment's branch when verified, instead of opening a pull request."
    },
    kubeVersion: { $ref: "#/definitions/kubeVersion" },
    policies: {
      type: "array",
      items: { type: "string" },
      description: "Topology policy names that mean this environment (default: [name])."
    },
    namespace: {
      type: "string",
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
      description: "Namespace used when the Application names none."
    },
    branch: {
      type: "string",
      description: "Branch-per-environment layout: the env repo branch for this environment."
    },
    allowLiteralSecrets: {
      type: "boolean",
      default: false,
      description: "Allow plain Secret objects with literal data."
    },
    createNamespaces: {
      type: "boolean",
      default: false,
      description: "Emit Namespace objects owned by capstan."
    },
    guardrails: {
      type: "array",
      description: "Policy capabilities applied to every object of this environment.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["type"],
        properties: {
          type: {
            type: "string",
            description: "A Policy capability, e.g. image-policy or image-policy@1."
          },
          properties: { type: "object", description: "The policy's parameters." }
        }
      }
    }
  }
};
var pattern6 = new RegExp("^([0-9]+[smhd])+$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.autoDeploy === void 0) {
      data.autoDeploy = false;
    }
    if (data.approval === void 0) {
      data.approval = "none";
    }
    if (data.autoPromote === void 0) {
      data.autoPromote = false;
    }
    if (data.allowLiteralSecrets === void 0) {
      data.allowLiteralSecrets = false;
    }
    if (data.createNamespaces === void 0) {
      data.createNamespaces = false;
    }
    if (data.name === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property 'name'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema19.properties, key0)) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func4(data0) > 63) {
          const err2 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/maxLength",
            keyword: "maxLength",
            params: { limit: 63 },
            message: "must NOT have more than 63 characters"
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err3 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
            message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"'
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (typeof data.autoDeploy !== "boolean") {
      const err5 = {
        instancePath: instancePath + "/autoDeploy",
        schemaPath: "#/properties/autoDeploy/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean"
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    let data2 = data.approval;
    if (!(data2 === "none" || data2 === "pull-request")) {
      const err6 = {
        instancePath: instancePath + "/approval",
        schemaPath: "#/properties/approval/enum",
        keyword: "enum",
        params: { allowedValues: schema19.properties.approval.enum },
        message: "must be equal to one of the allowed values"
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.promotesFrom !== void 0) {
      if (typeof data.promotesFrom !== "string") {
        const err7 = {
          instancePath: instancePath + "/promotesFrom",
          schemaPath: "#/properties/promotesFrom/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.verify !== void 0) {
      let data4 = data.verify;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "statuses" || key1 === "minAge")) {
            const err8 = {
              instancePath: instancePath + "/verify",
              schemaPath: "#/properties/verify/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4.statuses !== void 0) {
          let data5 = data4.statuses;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err9 = {
                instancePath: instancePath + "/verify/statuses",
                schemaPath: "#/properties/verify/properties/statuses/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items"
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (func4(data6) < 1) {
                  const err10 = {
                    instancePath: instancePath + "/verify/statuses/" + i0,
                    schemaPath: "#/properties/verify/properties/statuses/items/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = {
                  instancePath: instancePath + "/verify/statuses/" + i0,
                  schemaPath: "#/properties/verify/properties/statuses/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = {
              instancePath: instancePath + "/verify/statuses",
              schemaPath: "#/properties/verify/properties/statuses/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array"
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data4.minAge !== void 0) {
          let data7 = data4.minAge;
          if (typeof data7 === "string") {
            if (!pattern6.test(data7)) {
              const err13 = {
                instancePath: instancePath + "/verify/minAge",
                schemaPath: "#/properties/verify/properties/minAge/pattern",
                keyword: "pattern",
                params: { pattern: "^([0-9]+[smhd])+$" },
                message: 'must match pattern "^([0-9]+[smhd])+$"'
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/verify/minAge",
              schemaPath: "#/properties/verify/properties/minAge/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/verify",
          schemaPath: "#/properties/verify/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (typeof data.autoPromote !== "boolean") {
      const err16 = {
        instancePath: instancePath + "/autoPromote",
        schemaPath: "#/properties/autoPromote/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean"
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.kubeVersion !== void 0) {
      let data9 = data.kubeVersion;
      if (typeof data9 === "string") {
        if (!pattern4.test(data9)) {
          const err17 = {
            instancePath: instancePath + "/kubeVersion",
            schemaPath: "#/definitions/kubeVersion/pattern",
            keyword: "pattern",
            params: { pattern: "^1\\.[0-9]{1,2}$" },
            message: 'must match pattern "^1\\.[0-9]{1,2}$"'
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/kubeVersion",
          schemaPath: "#/definitions/kubeVersion/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data10 = data.policies;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data10[i1] !== "string") {
            const err19 = {
              instancePath: instancePath + "/policies/" + i1,
              schemaPath: "#/properties/policies/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/policies",
          schemaPath: "#/properties/policies/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data12 = data.namespace;
      if (typeof data12 === "string") {
        if (!pattern0.test(data12)) {
          const err21 = {
            instancePath: instancePath + "/namespace",
            schemaPath: "#/properties/namespace/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" },
            message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"'
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/namespace",
          schemaPath: "#/properties/namespace/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.branch !== void 0) {
      if (typeof data.branch !== "string") {
        const err23 = {
          instancePath: instancePath + "/branch",
          schemaPath: "#/properties/branch/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (typeof data.allowLiteralSecrets !== "boolean") {
      const err24 = {
        instancePath: instancePath + "/allowLiteralSecrets",
        schemaPath: "#/properties/allowLiteralSecrets/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean"
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (typeof data.createNamespaces !== "boolean") {
      const err25 = {
        instancePath: instancePath + "/createNamespaces",
        schemaPath: "#/properties/createNamespaces/type",
        keyword: "type",
        params: { type: "boolean" },
        message: "must be boolean"
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    if (data.guardrails !== void 0) {
      let data16 = data.guardrails;
      if (Array.isArray(data16)) {
        const len2 = data16.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data17 = data16[i2];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.type === void 0) {
              const err26 = {
                instancePath: instancePath + "/guardrails/" + i2,
                schemaPath: "#/properties/guardrails/items/required",
                keyword: "required",
                params: { missingProperty: "type" },
                message: "must have required property 'type'"
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key2 in data17) {
              if (!(key2 === "type" || key2 === "properties")) {
                const err27 = {
                  instancePath: instancePath + "/guardrails/" + i2,
                  schemaPath: "#/properties/guardrails/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data17.type !== void 0) {
              if (typeof data17.type !== "string") {
                const err28 = {
                  instancePath: instancePath + "/guardrails/" + i2 + "/type",
                  schemaPath: "#/properties/guardrails/items/properties/type/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data17.properties !== void 0) {
              let data19 = data17.properties;
              if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                const err29 = {
                  instancePath: instancePath + "/guardrails/" + i2 + "/properties",
                  schemaPath: "#/properties/guardrails/items/properties/properties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = {
              instancePath: instancePath + "/guardrails/" + i2,
              schemaPath: "#/properties/guardrails/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/guardrails",
          schemaPath: "#/properties/guardrails/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apps === void 0) {
      data.apps = ["apps/**/*.yaml"];
    }
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property 'kind'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.environments === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "environments" },
        message: "must have required property 'environments'"
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("capstan.dev/v1alpha1" !== data.apiVersion) {
        const err4 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "capstan.dev/v1alpha1" },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("Config" !== data.kind) {
        const err5 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/const",
          keyword: "const",
          params: { allowedValue: "Config" },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.requiredVersion !== void 0) {
      if (typeof data.requiredVersion !== "string") {
        const err6 = {
          instancePath: instancePath + "/requiredVersion",
          schemaPath: "#/properties/requiredVersion/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    let data3 = data.apps;
    if (Array.isArray(data3)) {
      const len0 = data3.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data4 = data3[i0];
        if (typeof data4 === "string") {
          if (func4(data4) < 1) {
            const err7 = {
              instancePath: instancePath + "/apps/" + i0,
              schemaPath: "#/properties/apps/items/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters"
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = {
            instancePath: instancePath + "/apps/" + i0,
            schemaPath: "#/properties/apps/items/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string"
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = {
        instancePath: instancePath + "/apps",
        schemaPath: "#/properties/apps/type",
        keyword: "type",
        params: { type: "array" },
        message: "must be array"
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.envRepo !== void 0) {
      let data5 = data.envRepo;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.branch === void 0) {
          data5.branch = "main";
        }
        if (data5.root === void 0) {
          data5.root = "envs";
        }
        for (const key1 in data5) {
          if (!(key1 === "url" || key1 === "branch" || key1 === "root")) {
            const err10 = {
              instancePath: instancePath + "/envRepo",
              schemaPath: "#/properties/envRepo/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data5.url !== void 0) {
          if (typeof data5.url !== "string") {
            const err11 = {
              instancePath: instancePath + "/envRepo/url",
              schemaPath: "#/properties/envRepo/properties/url/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (typeof data5.branch !== "string") {
          const err12 = {
            instancePath: instancePath + "/envRepo/branch",
            schemaPath: "#/properties/envRepo/properties/branch/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string"
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        let data8 = data5.root;
        if (typeof data8 === "string") {
          if (!pattern3.test(data8)) {
            const err13 = {
              instancePath: instancePath + "/envRepo/root",
              schemaPath: "#/properties/envRepo/properties/root/pattern",
              keyword: "pattern",
              params: { pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$" },
              message: 'must match pattern "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"'
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        } else {
          const err14 = {
            instancePath: instancePath + "/envRepo/root",
            schemaPath: "#/properties/envRepo/properties/root/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string"
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/envRepo",
          schemaPath: "#/properties/envRepo/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.kubeVersion !== void 0) {
      let data9 = data.kubeVersion;
      if (typeof data9 === "string") {
        if (!pattern4.test(data9)) {
          const err16 = {
            instancePath: instancePath + "/kubeVersion",
            schemaPath: "#/definitions/kubeVersion/pattern",
            keyword: "pattern",
            params: { pattern: "^1\\.[0-9]{1,2}$" },
            message: 'must match pattern "^1\\.[0-9]{1,2}$"'
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/kubeVersion",
          schemaPath: "#/definitions/kubeVersion/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data10 = data.environments;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err18 = {
            instancePath: instancePath + "/environments",
            schemaPath: "#/properties/environments/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items"
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate14(data10[i1], {
            instancePath: instancePath + "/environments/" + i1,
            parentData: data10,
            parentDataProperty: i1,
            rootData
          })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/environments",
          schemaPath: "#/properties/environments/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data12 = data.capabilities;
      if (Array.isArray(data12)) {
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          const _errs28 = errors;
          let valid9 = false;
          let passing0 = null;
          const _errs29 = errors;
          if ("builtin" !== data13) {
            const err20 = {
              instancePath: instancePath + "/capabilities/" + i2,
              schemaPath: "#/properties/capabilities/items/oneOf/0/const",
              keyword: "const",
              params: { allowedValue: "builtin" },
              message: "must be equal to constant"
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var _valid0 = _errs29 === errors;
          if (_valid0) {
            valid9 = true;
            passing0 = 0;
          }
          const _errs30 = errors;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.path === void 0) {
              const err21 = {
                instancePath: instancePath + "/capabilities/" + i2,
                schemaPath: "#/properties/capabilities/items/oneOf/1/required",
                keyword: "required",
                params: { missingProperty: "path" },
                message: "must have required property 'path'"
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key2 in data13) {
              if (!(key2 === "path")) {
                const err22 = {
                  instancePath: instancePath + "/capabilities/" + i2,
                  schemaPath: "#/properties/capabilities/items/oneOf/1/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data13.path !== void 0) {
              if (typeof data13.path !== "string") {
                const err23 = {
                  instancePath: instancePath + "/capabilities/" + i2 + "/path",
                  schemaPath: "#/properties/capabilities/items/oneOf/1/properties/path/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + "/capabilities/" + i2,
              schemaPath: "#/properties/capabilities/items/oneOf/1/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var _valid0 = _errs30 === errors;
          if (_valid0 && valid9) {
            valid9 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid9 = true;
              passing0 = 1;
            }
            const _errs35 = errors;
            if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
              if (data13.git === void 0) {
                const err25 = {
                  instancePath: instancePath + "/capabilities/" + i2,
                  schemaPath: "#/properties/capabilities/items/oneOf/2/required",
                  keyword: "required",
                  params: { missingProperty: "git" },
                  message: "must have required property 'git'"
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (data13.ref === void 0) {
                const err26 = {
                  instancePath: instancePath + "/capabilities/" + i2,
                  schemaPath: "#/properties/capabilities/items/oneOf/2/required",
                  keyword: "required",
                  params: { missingProperty: "ref" },
                  message: "must have required property 'ref'"
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              for (const key3 in data13) {
                if (!(key3 === "git" || key3 === "ref" || key3 === "path")) {
                  const err27 = {
                    instancePath: instancePath + "/capabilities/" + i2,
                    schemaPath: "#/properties/capabilities/items/oneOf/2/additionalProperties",
                    keyword: "additionalProperties",
                    params: { additionalProperty: key3 },
                    message: "must NOT have additional properties"
                  };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data13.git !== void 0) {
                if (typeof data13.git !== "string") {
                  const err28 = {
                    instancePath: instancePath + "/capabilities/" + i2 + "/git",
                    schemaPath: "#/properties/capabilities/items/oneOf/2/properties/git/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string"
                  };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data13.ref !== void 0) {
                if (typeof data13.ref !== "string") {
                  const err29 = {
                    instancePath: instancePath + "/capabilities/" + i2 + "/ref",
                    schemaPath: "#/properties/capabilities/items/oneOf/2/properties/ref/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string"
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data13.path !== void 0) {
                if (typeof data13.path !== "string") {
                  const err30 = {
                    instancePath: instancePath + "/capabilities/" + i2 + "/path",
                    schemaPath: "#/properties/capabilities/items/oneOf/2/properties/path/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string"
                  };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = {
                instancePath: instancePath + "/capabilities/" + i2,
                schemaPath: "#/properties/capabilities/items/oneOf/2/type",
                keyword: "type",
                params: { type: "object" },
                message: "must be object"
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            var _valid0 = _errs35 === errors;
            if (_valid0 && valid9) {
              valid9 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid0) {
                valid9 = true;
                passing0 = 2;
              }
            }
          }
          if (!valid9) {
            const err32 = {
              instancePath: instancePath + "/capabilities/" + i2,
              schemaPath: "#/properties/capabilities/items/oneOf",
              keyword: "oneOf",
              params: { passingSchemas: passing0 },
              message: "must match exactly one schema in oneOf"
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/capabilities",
          schemaPath: "#/properties/capabilities/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.schemas !== void 0) {
      let data18 = data.schemas;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data18[i3] !== "string") {
            const err34 = {
              instancePath: instancePath + "/schemas/" + i3,
              schemaPath: "#/properties/schemas/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + "/schemas",
          schemaPath: "#/properties/schemas/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var capability = validate16;
var schema21 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://capstan.dev/schemas/capability.schema.json",
  title: "capability.yaml",
  description: "A capstan capability: a component type, trait or environment policy (docs/capability-format.md).",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "description", "parameters"],
  properties: {
    apiVersion: { const: "capstan.dev/v1alpha1" },
    kind: { enum: ["ComponentType", "Trait", "Policy"] },
    description: { type: "string", minLength: 1 },
    workload: {
      type: "object",
      additionalProperties: false,
      required: ["apiVersion", "kind"],
      properties: { apiVersion: { type: "string" }, kind: { type: "string" } }
    },
    podTemplate: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",
      description: "ComponentType: where the workload keeps its pod template, a dotted path (default by kind: spec.template; CronJob spec.jobTemplate.spec.template)."
    },
    appliesTo: { type: "array", items: { type: "string" } },
    conflictsWith: {
      type: "array",
      items: {
        oneOf: [
          { type: "string" },
          {
            type: "object",
            additionalProperties: false,
            required: ["trait", "reason"],
            properties: {
              trait: { type: "string" },
              reason: {
                type: "string",
                minLength: 1,
                description: "Why they fight and which to keep."
              }
            }
          }
        ]
      }
    },
    emits: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["apiVersion", "kind"],
        properties: { apiVersion: { type: "string" }, kind: { type: "string" } }
      }
    },
    parameters: { type: "object", description: "JSON Schema of the capability's properties." },
    examples: { type: "array", description: "Example property blocks shown in the reference." }
  }
};
var pattern9 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "kind" },
        message: "must have required property 'kind'"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property 'description'"
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.parameters === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "parameters" },
        message: "must have required property 'parameters'"
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema21.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties"
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("capstan.dev/v1alpha1" !== data.apiVersion) {
        const err5 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "capstan.dev/v1alpha1" },
          message: "must be equal to constant"
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "ComponentType" || data1 === "Trait" || data1 === "Policy")) {
        const err6 = {
          instancePath: instancePath + "/kind",
          schemaPath: "#/properties/kind/enum",
          keyword: "enum",
          params: { allowedValues: schema21.properties.kind.enum },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func4(data2) < 1) {
          const err7 = {
            instancePath: instancePath + "/description",
            schemaPath: "#/properties/description/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters"
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/properties/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.workload !== void 0) {
      let data3 = data.workload;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.apiVersion === void 0) {
          const err9 = {
            instancePath: instancePath + "/workload",
            schemaPath: "#/properties/workload/required",
            keyword: "required",
            params: { missingProperty: "apiVersion" },
            message: "must have required property 'apiVersion'"
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data3.kind === void 0) {
          const err10 = {
            instancePath: instancePath + "/workload",
            schemaPath: "#/properties/workload/required",
            keyword: "required",
            params: { missingProperty: "kind" },
            message: "must have required property 'kind'"
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "apiVersion" || key1 === "kind")) {
            const err11 = {
              instancePath: instancePath + "/workload",
              schemaPath: "#/properties/workload/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.apiVersion !== void 0) {
          if (typeof data3.apiVersion !== "string") {
            const err12 = {
              instancePath: instancePath + "/workload/apiVersion",
              schemaPath: "#/properties/workload/properties/apiVersion/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.kind !== void 0) {
          if (typeof data3.kind !== "string") {
            const err13 = {
              instancePath: instancePath + "/workload/kind",
              schemaPath: "#/properties/workload/properties/kind/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/workload",
          schemaPath: "#/properties/workload/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.podTemplate !== void 0) {
      let data6 = data.podTemplate;
      if (typeof data6 === "string") {
        if (!pattern9.test(data6)) {
          const err15 = {
            instancePath: instancePath + "/podTemplate",
            schemaPath: "#/properties/podTemplate/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$" },
            message: 'must match pattern "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"'
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/podTemplate",
          schemaPath: "#/properties/podTemplate/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.appliesTo !== void 0) {
      let data7 = data.appliesTo;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data7[i0] !== "string") {
            const err17 = {
              instancePath: instancePath + "/appliesTo/" + i0,
              schemaPath: "#/properties/appliesTo/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/appliesTo",
          schemaPath: "#/properties/appliesTo/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.conflictsWith !== void 0) {
      let data9 = data.conflictsWith;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          const _errs22 = errors;
          let valid6 = false;
          let passing0 = null;
          const _errs23 = errors;
          if (typeof data10 !== "string") {
            const err19 = {
              instancePath: instancePath + "/conflictsWith/" + i1,
              schemaPath: "#/properties/conflictsWith/items/oneOf/0/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid0 = _errs23 === errors;
          if (_valid0) {
            valid6 = true;
            passing0 = 0;
          }
          const _errs25 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.trait === void 0) {
              const err20 = {
                instancePath: instancePath + "/conflictsWith/" + i1,
                schemaPath: "#/properties/conflictsWith/items/oneOf/1/required",
                keyword: "required",
                params: { missingProperty: "trait" },
                message: "must have required property 'trait'"
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data10.reason === void 0) {
              const err21 = {
                instancePath: instancePath + "/conflictsWith/" + i1,
                schemaPath: "#/properties/conflictsWith/items/oneOf/1/required",
                keyword: "required",
                params: { missingProperty: "reason" },
                message: "must have required property 'reason'"
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "trait" || key2 === "reason")) {
                const err22 = {
                  instancePath: instancePath + "/conflictsWith/" + i1,
                  schemaPath: "#/properties/conflictsWith/items/oneOf/1/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data10.trait !== void 0) {
              if (typeof data10.trait !== "string") {
                const err23 = {
                  instancePath: instancePath + "/conflictsWith/" + i1 + "/trait",
                  schemaPath: "#/properties/conflictsWith/items/oneOf/1/properties/trait/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data10.reason !== void 0) {
              let data12 = data10.reason;
              if (typeof data12 === "string") {
                if (func4(data12) < 1) {
                  const err24 = {
                    instancePath: instancePath + "/conflictsWith/" + i1 + "/reason",
                    schemaPath: "#/properties/conflictsWith/items/oneOf/1/properties/reason/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters"
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = {
                  instancePath: instancePath + "/conflictsWith/" + i1 + "/reason",
                  schemaPath: "#/properties/conflictsWith/items/oneOf/1/properties/reason/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = {
              instancePath: instancePath + "/conflictsWith/" + i1,
              schemaPath: "#/properties/conflictsWith/items/oneOf/1/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid0 = _errs25 === errors;
          if (_valid0 && valid6) {
            valid6 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid6 = true;
              passing0 = 1;
            }
          }
          if (!valid6) {
            const err27 = {
              instancePath: instancePath + "/conflictsWith/" + i1,
              schemaPath: "#/properties/conflictsWith/items/oneOf",
              keyword: "oneOf",
              params: { passingSchemas: passing0 },
              message: "must match exactly one schema in oneOf"
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          } else {
            errors = _errs22;
            if (vErrors !== null) {
              if (_errs22) {
                vErrors.length = _errs22;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/conflictsWith",
          schemaPath: "#/properties/conflictsWith/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.emits !== void 0) {
      let data13 = data.emits;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.apiVersion === void 0) {
              const err29 = {
                instancePath: instancePath + "/emits/" + i2,
                schemaPath: "#/properties/emits/items/required",
                keyword: "required",
                params: { missingProperty: "apiVersion" },
                message: "must have required property 'apiVersion'"
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data14.kind === void 0) {
              const err30 = {
                instancePath: instancePath + "/emits/" + i2,
                schemaPath: "#/properties/emits/items/required",
                keyword: "required",
                params: { missingProperty: "kind" },
                message: "must have required property 'kind'"
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(key3 === "apiVersion" || key3 === "kind")) {
                const err31 = {
                  instancePath: instancePath + "/emits/" + i2,
                  schemaPath: "#/properties/emits/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data14.apiVersion !== void 0) {
              if (typeof data14.apiVersion !== "string") {
                const err32 = {
                  instancePath: instancePath + "/emits/" + i2 + "/apiVersion",
                  schemaPath: "#/properties/emits/items/properties/apiVersion/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data14.kind !== void 0) {
              if (typeof data14.kind !== "string") {
                const err33 = {
                  instancePath: instancePath + "/emits/" + i2 + "/kind",
                  schemaPath: "#/properties/emits/items/properties/kind/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = {
              instancePath: instancePath + "/emits/" + i2,
              schemaPath: "#/properties/emits/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + "/emits",
          schemaPath: "#/properties/emits/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data17 = data.parameters;
      if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
        const err36 = {
          instancePath: instancePath + "/parameters",
          schemaPath: "#/properties/parameters/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      if (!Array.isArray(data.examples)) {
        const err37 = {
          instancePath: instancePath + "/examples",
          schemaPath: "#/properties/examples/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object"
    };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var meta = validate0;
var schema0 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "http://json-schema.org/draft-07/schema#",
  title: "Core schema meta-schema",
  definitions: {
    schemaArray: { type: "array", minItems: 1, items: { $ref: "#" } },
    nonNegativeInteger: { type: "integer", minimum: 0 },
    nonNegativeIntegerDefault0: {
      allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
    },
    simpleTypes: { enum: ["array", "boolean", "integer", "null", "number", "object", "string"] },
    stringArray: { type: "array", items: { type: "string" }, uniqueItems: true, default: [] }
  },
  type: ["object", "boolean"],
  properties: {
    $id: { type: "string", format: "uri-reference" },
    $schema: { type: "string", format: "uri" },
    $ref: { type: "string", format: "uri-reference" },
    $comment: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
    default: true,
    readOnly: { type: "boolean", default: false },
    examples: { type: "array", items: true },
    multipleOf: { type: "number", exclusiveMinimum: 0 },
    maximum: { type: "number" },
    exclusiveMaximum: { type: "number" },
    minimum: { type: "number" },
    exclusiveMinimum: { type: "number" },
    maxLength: { $ref: "#/definitions/nonNegativeInteger" },
    minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    pattern: { type: "string", format: "regex" },
    additionalItems: { $ref: "#" },
    items: { anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }], default: true },
    maxItems: { $ref: "#/definitions/nonNegativeInteger" },
    minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    uniqueItems: { type: "boolean", default: false },
    contains: { $ref: "#" },
    maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
    minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
    required: { $ref: "#/definitions/stringArray" },
    additionalProperties: { $ref: "#" },
    definitions: { type: "object", additionalProperties: { $ref: "#" }, default: {} },
    properties: { type: "object", additionalProperties: { $ref: "#" }, default: {} },
    patternProperties: {
      type: "object",
      additionalProperties: { $ref: "#" },
      propertyNames: { format: "regex" },
      default: {}
    },
    dependencies: {
      type: "object",
      additionalProperties: { anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }] }
    },
    propertyNames: { $ref: "#" },
    const: true,
    enum: { type: "array", items: true, minItems: 1, uniqueItems: true },
    type: {
      anyOf: [
        { $ref: "#/definitions/simpleTypes" },
        {
          type: "array",
          items: { $ref: "#/definitions/simpleTypes" },
          minItems: 1,
          uniqueItems: true
        }
      ]
    },
    format: { type: "string" },
    contentMediaType: { type: "string" },
    contentEncoding: { type: "string" },
    if: { $ref: "#" },
    then: { $ref: "#" },
    else: { $ref: "#" },
    allOf: { $ref: "#/definitions/schemaArray" },
    anyOf: { $ref: "#/definitions/schemaArray" },
    oneOf: { $ref: "#/definitions/schemaArray" },
    not: { $ref: "#" }
  },
  default: true
};
var schema9 = { enum: ["array", "boolean", "integer", "null", "number", "object", "string"] };
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data))) {
    const err0 = {
      instancePath,
      schemaPath: "#/definitions/nonNegativeInteger/type",
      keyword: "type",
      params: { type: "integer" },
      message: "must be integer"
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number") {
    if (data < 0 || isNaN(data)) {
      const err1 = {
        instancePath,
        schemaPath: "#/definitions/nonNegativeInteger/minimum",
        keyword: "minimum",
        params: { comparison: ">=", limit: 0 },
        message: "must be >= 0"
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  validate1.errors = vErrors;
  return errors === 0;
}
var root0 = { validate: validate0 };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = {
        instancePath,
        schemaPath: "#/minItems",
        keyword: "minItems",
        params: { limit: 1 },
        message: "must NOT have fewer than 1 items"
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!root0.validate(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData
      })) {
        vErrors = vErrors === null ? root0.validate.errors : vErrors.concat(root0.validate.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "array" },
      message: "must be array"
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
var func0 = __equal;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && typeof data !== "boolean") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: schema0.type },
      message: "must be object,boolean"
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.$id !== void 0) {
      if (!(typeof data.$id === "string")) {
        const err1 = {
          instancePath: instancePath + "/$id",
          schemaPath: "#/properties/%24id/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (!(typeof data.$schema === "string")) {
        const err2 = {
          instancePath: instancePath + "/$schema",
          schemaPath: "#/properties/%24schema/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$ref !== void 0) {
      if (!(typeof data.$ref === "string")) {
        const err3 = {
          instancePath: instancePath + "/$ref",
          schemaPath: "#/properties/%24ref/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$comment !== void 0) {
      if (typeof data.$comment !== "string") {
        const err4 = {
          instancePath: instancePath + "/$comment",
          schemaPath: "#/properties/%24comment/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err5 = {
          instancePath: instancePath + "/title",
          schemaPath: "#/properties/title/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err6 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/properties/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err7 = {
          instancePath: instancePath + "/readOnly",
          schemaPath: "#/properties/readOnly/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean"
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      if (!Array.isArray(data.examples)) {
        const err8 = {
          instancePath: instancePath + "/examples",
          schemaPath: "#/properties/examples/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.multipleOf !== void 0) {
      let data8 = data.multipleOf;
      if (typeof data8 == "number") {
        if (data8 <= 0 || isNaN(data8)) {
          const err9 = {
            instancePath: instancePath + "/multipleOf",
            schemaPath: "#/properties/multipleOf/exclusiveMinimum",
            keyword: "exclusiveMinimum",
            params: { comparison: ">", limit: 0 },
            message: "must be > 0"
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/multipleOf",
          schemaPath: "#/properties/multipleOf/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number"
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.maximum !== void 0) {
      if (!(typeof data.maximum == "number")) {
        const err11 = {
          instancePath: instancePath + "/maximum",
          schemaPath: "#/properties/maximum/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number"
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.exclusiveMaximum !== void 0) {
      if (!(typeof data.exclusiveMaximum == "number")) {
        const err12 = {
          instancePath: instancePath + "/exclusiveMaximum",
          schemaPath: "#/properties/exclusiveMaximum/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number"
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.minimum !== void 0) {
      if (!(typeof data.minimum == "number")) {
        const err13 = {
          instancePath: instancePath + "/minimum",
          schemaPath: "#/properties/minimum/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number"
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.exclusiveMinimum !== void 0) {
      if (!(typeof data.exclusiveMinimum == "number")) {
        const err14 = {
          instancePath: instancePath + "/exclusiveMinimum",
          schemaPath: "#/properties/exclusiveMinimum/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number"
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.maxLength !== void 0) {
      let data13 = data.maxLength;
      if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13))) {
        const err15 = {
          instancePath: instancePath + "/maxLength",
          schemaPath: "#/definitions/nonNegativeInteger/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer"
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data13 == "number") {
        if (data13 < 0 || isNaN(data13)) {
          const err16 = {
            instancePath: instancePath + "/maxLength",
            schemaPath: "#/definitions/nonNegativeInteger/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0"
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.minLength !== void 0) {
      if (!validate1(data.minLength, {
        instancePath: instancePath + "/minLength",
        parentData: data,
        parentDataProperty: "minLength",
        rootData
      })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.pattern !== void 0) {
      if (!(typeof data.pattern === "string")) {
        const err17 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/properties/pattern/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.additionalItems !== void 0) {
      if (!validate0(data.additionalItems, {
        instancePath: instancePath + "/additionalItems",
        parentData: data,
        parentDataProperty: "additionalItems",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.items !== void 0) {
      let data17 = data.items;
      const _errs35 = errors;
      let valid2 = false;
      const _errs36 = errors;
      if (!validate0(data17, {
        instancePath: instancePath + "/items",
        parentData: data,
        parentDataProperty: "items",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs36 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs37 = errors;
        if (!validate3(data17, {
          instancePath: instancePath + "/items",
          parentData: data,
          parentDataProperty: "items",
          rootData
        })) {
          vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs37 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err18 = {
          instancePath: instancePath + "/items",
          schemaPath: "#/properties/items/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf"
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.maxItems !== void 0) {
      let data18 = data.maxItems;
      if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18))) {
        const err19 = {
          instancePath: instancePath + "/maxItems",
          schemaPath: "#/definitions/nonNegativeInteger/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer"
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data18 == "number") {
        if (data18 < 0 || isNaN(data18)) {
          const err20 = {
            instancePath: instancePath + "/maxItems",
            schemaPath: "#/definitions/nonNegativeInteger/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0"
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.minItems !== void 0) {
      if (!validate1(data.minItems, {
        instancePath: instancePath + "/minItems",
        parentData: data,
        parentDataProperty: "minItems",
        rootData
      })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.uniqueItems !== void 0) {
      if (typeof data.uniqueItems !== "boolean") {
        const err21 = {
          instancePath: instancePath + "/uniqueItems",
          schemaPath: "#/properties/uniqueItems/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean"
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.contains !== void 0) {
      if (!validate0(data.contains, {
        instancePath: instancePath + "/contains",
        parentData: data,
        parentDataProperty: "contains",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.maxProperties !== void 0) {
      let data22 = data.maxProperties;
      if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22))) {
        const err22 = {
          instancePath: instancePath + "/maxProperties",
          schemaPath: "#/definitions/nonNegativeInteger/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer"
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data22 == "number") {
        if (data22 < 0 || isNaN(data22)) {
          const err23 = {
            instancePath: instancePath + "/maxProperties",
            schemaPath: "#/definitions/nonNegativeInteger/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0"
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.minProperties !== void 0) {
      if (!validate1(data.minProperties, {
        instancePath: instancePath + "/minProperties",
        parentData: data,
        parentDataProperty: "minProperties",
        rootData
      })) {
        vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
        errors = vErrors.length;
      }
    }
    if (data.required !== void 0) {
      let data24 = data.required;
      if (Array.isArray(data24)) {
        const len0 = data24.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data24[i0] !== "string") {
            const err24 = {
              instancePath: instancePath + "/required/" + i0,
              schemaPath: "#/definitions/stringArray/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string"
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data24.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data24[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err25 = {
                instancePath: instancePath + "/required",
                schemaPath: "#/definitions/stringArray/uniqueItems",
                keyword: "uniqueItems",
                params: { i: i1, j: j0 },
                message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)"
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/required",
          schemaPath: "#/definitions/stringArray/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.additionalProperties !== void 0) {
      if (!validate0(data.additionalProperties, {
        instancePath: instancePath + "/additionalProperties",
        parentData: data,
        parentDataProperty: "additionalProperties",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.definitions !== void 0) {
      let data27 = data.definitions;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key0 in data27) {
          if (!validate0(data27[key0], {
            instancePath: instancePath + "/definitions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data27,
            parentDataProperty: key0,
            rootData
          })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = {
          instancePath: instancePath + "/definitions",
          schemaPath: "#/properties/definitions/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data29 = data.properties;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key1 in data29) {
          if (!validate0(data29[key1], {
            instancePath: instancePath + "/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data29,
            parentDataProperty: key1,
            rootData
          })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + "/properties",
          schemaPath: "#/properties/properties/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.patternProperties !== void 0) {
      let data31 = data.patternProperties;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key2 in data31) {
          const _errs65 = errors;
          var valid11 = _errs65 === errors;
          if (!valid11) {
            const err29 = {
              instancePath: instancePath + "/patternProperties",
              schemaPath: "#/properties/patternProperties/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key2 },
              message: "property name must be valid"
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        for (const key3 in data31) {
          if (!validate0(data31[key3], {
            instancePath: instancePath + "/patternProperties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data31,
            parentDataProperty: key3,
            rootData
          })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/patternProperties",
          schemaPath: "#/properties/patternProperties/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.dependencies !== void 0) {
      let data33 = data.dependencies;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key4 in data33) {
          let data34 = data33[key4];
          const _errs72 = errors;
          let valid14 = false;
          const _errs73 = errors;
          if (!validate0(data34, {
            instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data33,
            parentDataProperty: key4,
            rootData
          })) {
            vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs73 === errors;
          valid14 = valid14 || _valid1;
          if (!valid14) {
            const _errs74 = errors;
            if (Array.isArray(data34)) {
              const len1 = data34.length;
              for (let i2 = 0; i2 < len1; i2++) {
                if (typeof data34[i2] !== "string") {
                  const err31 = {
                    instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2,
                    schemaPath: "#/definitions/stringArray/items/type",
                    keyword: "type",
                    params: { type: "string" },
                    message: "must be string"
                  };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              let i3 = data34.length;
              let j1;
              if (i3 > 1) {
                const indices1 = {};
                for (; i3--; ) {
                  let item1 = data34[i3];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j1 = indices1[item1];
                    const err32 = {
                      instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/definitions/stringArray/uniqueItems",
                      keyword: "uniqueItems",
                      params: { i: i3, j: j1 },
                      message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)"
                    };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                    break;
                  }
                  indices1[item1] = i3;
                }
              }
            } else {
              const err33 = {
                instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/definitions/stringArray/type",
                keyword: "type",
                params: { type: "array" },
                message: "must be array"
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            var _valid1 = _errs74 === errors;
            valid14 = valid14 || _valid1;
          }
          if (!valid14) {
            const err34 = {
              instancePath: instancePath + "/dependencies/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/dependencies/additionalProperties/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf"
            };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          } else {
            errors = _errs72;
            if (vErrors !== null) {
              if (_errs72) {
                vErrors.length = _errs72;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err35 = {
          instancePath: instancePath + "/dependencies",
          schemaPath: "#/properties/dependencies/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.propertyNames !== void 0) {
      if (!validate0(data.propertyNames, {
        instancePath: instancePath + "/propertyNames",
        parentData: data,
        parentDataProperty: "propertyNames",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.enum !== void 0) {
      let data37 = data.enum;
      if (Array.isArray(data37)) {
        if (data37.length < 1) {
          const err36 = {
            instancePath: instancePath + "/enum",
            schemaPath: "#/properties/enum/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items"
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        let i4 = data37.length;
        let j2;
        if (i4 > 1) {
          outer0: for (; i4--; ) {
            for (j2 = i4; j2--; ) {
              if (func0(data37[i4], data37[j2])) {
                const err37 = {
                  instancePath: instancePath + "/enum",
                  schemaPath: "#/properties/enum/uniqueItems",
                  keyword: "uniqueItems",
                  params: { i: i4, j: j2 },
                  message: "must NOT have duplicate items (items ## " + j2 + " and " + i4 + " are identical)"
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err38 = {
          instancePath: instancePath + "/enum",
          schemaPath: "#/properties/enum/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data38 = data.type;
      const _errs83 = errors;
      let valid20 = false;
      const _errs84 = errors;
      if (!(data38 === "array" || data38 === "boolean" || data38 === "integer" || data38 === "null" || data38 === "number" || data38 === "object" || data38 === "string")) {
        const err39 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/definitions/simpleTypes/enum",
          keyword: "enum",
          params: { allowedValues: schema9.enum },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      var _valid2 = _errs84 === errors;
      valid20 = valid20 || _valid2;
      if (!valid20) {
        const _errs86 = errors;
        if (Array.isArray(data38)) {
          if (data38.length < 1) {
            const err40 = {
              instancePath: instancePath + "/type",
              schemaPath: "#/properties/type/anyOf/1/minItems",
              keyword: "minItems",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 items"
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          const len2 = data38.length;
          for (let i5 = 0; i5 < len2; i5++) {
            let data39 = data38[i5];
            if (!(data39 === "array" || data39 === "boolean" || data39 === "integer" || data39 === "null" || data39 === "number" || data39 === "object" || data39 === "string")) {
              const err41 = {
                instancePath: instancePath + "/type/" + i5,
                schemaPath: "#/definitions/simpleTypes/enum",
                keyword: "enum",
                params: { allowedValues: schema9.enum },
                message: "must be equal to one of the allowed values"
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          let i6 = data38.length;
          let j3;
          if (i6 > 1) {
            outer1: for (; i6--; ) {
              for (j3 = i6; j3--; ) {
                if (func0(data38[i6], data38[j3])) {
                  const err42 = {
                    instancePath: instancePath + "/type",
                    schemaPath: "#/properties/type/anyOf/1/uniqueItems",
                    keyword: "uniqueItems",
                    params: { i: i6, j: j3 },
                    message: "must NOT have duplicate items (items ## " + j3 + " and " + i6 + " are identical)"
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
          }
        } else {
          const err43 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/anyOf/1/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array"
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid2 = _errs86 === errors;
        valid20 = valid20 || _valid2;
      }
      if (!valid20) {
        const err44 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/anyOf",
          keyword: "anyOf",
          params: {},
          message: "must match a schema in anyOf"
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs83;
        if (vErrors !== null) {
          if (_errs83) {
            vErrors.length = _errs83;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.format !== void 0) {
      if (typeof data.format !== "string") {
        const err45 = {
          instancePath: instancePath + "/format",
          schemaPath: "#/properties/format/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.contentMediaType !== void 0) {
      if (typeof data.contentMediaType !== "string") {
        const err46 = {
          instancePath: instancePath + "/contentMediaType",
          schemaPath: "#/properties/contentMediaType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.contentEncoding !== void 0) {
      if (typeof data.contentEncoding !== "string") {
        const err47 = {
          instancePath: instancePath + "/contentEncoding",
          schemaPath: "#/properties/contentEncoding/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.if !== void 0) {
      if (!validate0(data.if, {
        instancePath: instancePath + "/if",
        parentData: data,
        parentDataProperty: "if",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.then !== void 0) {
      if (!validate0(data.then, {
        instancePath: instancePath + "/then",
        parentData: data,
        parentDataProperty: "then",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.else !== void 0) {
      if (!validate0(data.else, {
        instancePath: instancePath + "/else",
        parentData: data,
        parentDataProperty: "else",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
    if (data.allOf !== void 0) {
      if (!validate3(data.allOf, {
        instancePath: instancePath + "/allOf",
        parentData: data,
        parentDataProperty: "allOf",
        rootData
      })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      }
    }
    if (data.anyOf !== void 0) {
      if (!validate3(data.anyOf, {
        instancePath: instancePath + "/anyOf",
        parentData: data,
        parentDataProperty: "anyOf",
        rootData
      })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      }
    }
    if (data.oneOf !== void 0) {
      if (!validate3(data.oneOf, {
        instancePath: instancePath + "/oneOf",
        parentData: data,
        parentDataProperty: "oneOf",
        rootData
      })) {
        vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
        errors = vErrors.length;
      }
    }
    if (data.not !== void 0) {
      if (!validate0(data.not, {
        instancePath: instancePath + "/not",
        parentData: data,
        parentDataProperty: "not",
        rootData
      })) {
        vErrors = vErrors === null ? validate0.errors : vErrors.concat(validate0.errors);
        errors = vErrors.length;
      }
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}

// src/core/checks/ajv-options.json
var ajv_options_default = { allErrors: true, strict: false, useDefaults: true, allowUnionTypes: true };

// schemas/capability.schema.json
var capability_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://capstan.dev/schemas/capability.schema.json",
  title: "capability.yaml",
  description: "A capstan capability: a component type, trait or environment policy (docs/capability-format.md).",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "description", "parameters"],
  properties: {
    apiVersion: { const: "capstan.dev/v1alpha1" },
    kind: { enum: ["ComponentType", "Trait", "Policy"] },
    description: { type: "string", minLength: 1 },
    workload: {
      type: "object",
      additionalProperties: false,
      required: ["apiVersion", "kind"],
      properties: { apiVersion: { type: "string" }, kind: { type: "string" } }
    },
    podTemplate: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",
      description: "ComponentType: where the workload keeps its pod template, a dotted path (default by kind: spec.template; CronJob spec.jobTemplate.spec.template)."
    },
    appliesTo: { type: "array", items: { type: "string" } },
    conflictsWith: {
      type: "array",
      items: {
        oneOf: [
          { type: "string" },
          {
            type: "object",
            additionalProperties: false,
            required: ["trait", "reason"],
            properties: {
              trait: { type: "string" },
              reason: {
                type: "string",
                minLength: 1,
                description: "Why they fight and which to keep."
              }
            }
          }
        ]
      }
    },
    emits: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["apiVersion", "kind"],
        properties: { apiVersion: { type: "string" }, kind: { type: "string" } }
      }
    },
    parameters: {
      type: "object",
      description: "JSON Schema of the capability's properties."
    },
    examples: {
      type: "array",
      description: "Example property blocks shown in the reference."
    }
  }
};

// src/core/checks/ajv.ts
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var AJV_OPTIONS = ajv_options_default;
function createAjv() {
  const ajv = new import_ajv.Ajv(AJV_OPTIONS);
  addFormats(ajv);
  return ajv;
}
var shared;
function sharedAjv() {
  if (!shared) {
    shared = new import_ajv.Ajv({ ...AJV_OPTIONS, validateSchema: false });
    addFormats(shared);
  }
  return shared;
}
var DRAFT_07 = "http://json-schema.org/draft-07/schema";
var OWN_SCHEMAS = {
  app: application_schema_default,
  config: capstan_config_schema_default,
  capability: capability_schema_default
};
var generatedValidators = validators_exports;
var compiled = /* @__PURE__ */ new Map();
function compileOwn(name) {
  let v = compiled.get(name);
  if (!v) {
    const ajv = createAjv();
    v = name === "meta" ? ajv.getSchema(DRAFT_07) : ajv.compile(OWN_SCHEMAS[name]);
    compiled.set(name, v);
  }
  return v;
}
function ownValidator(name) {
  if (referenceMode()) {
    countPath("validator", "reference");
    return compileOwn(name);
  }
  countPath("validator", "fast");
  return generatedValidators[name];
}
var ownValidators = {
  get app() {
    return ownValidator("app");
  },
  get config() {
    return ownValidator("config");
  },
  get capability() {
    return ownValidator("capability");
  },
  /** the draft-07 meta-schema, as `ajv.validateSchema` checks a schema without `$schema` */
  get meta() {
    return ownValidator("meta");
  }
};
function jsonSchemaProblem(schema) {
  if (typeof schema === "object" && schema !== null && schema.$schema === void 0) {
    const meta2 = ownValidators.meta;
    if (meta2(schema)) return void 0;
    return createAjv().errorsText(meta2.errors);
  }
  const ajv = createAjv();
  if (ajv.validateSchema(schema)) return void 0;
  return ajv.errorsText(ajv.errors);
}

// src/yaml/locate.ts
var import_yaml = __toESM(require_dist(), 1);
var CACHE_SIZE = 8;
var cache = /* @__PURE__ */ new Map();
function parsed(text2) {
  const hit = cache.get(text2);
  if (hit) {
    cache.delete(text2);
    cache.set(text2, hit);
    return hit;
  }
  const lineCounter = new import_yaml.LineCounter();
  const docs = [];
  const all = (0, import_yaml.parseAllDocuments)(text2, {
    version: "1.2",
    schema: "core",
    keepSourceTokens: true,
    prettyErrors: false,
    lineCounter
  });
  for (let i = 0; i < all.length; i++) docs.push(all[i]);
  const entry = { docs, lineCounter };
  cache.set(text2, entry);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
  return entry;
}
function locate(text2, docIndex, path) {
  const { docs, lineCounter } = parsed(text2);
  const doc = docs[docIndex];
  if (!doc) return { line: 1, col: 1 };
  let node = doc.contents;
  let offset = node?.range?.[0] ?? doc.range?.[0] ?? 0;
  for (const seg of path) {
    if (!node) break;
    let next;
    let keyOffset;
    if ((0, import_yaml.isMap)(node)) {
      const want = String(seg);
      for (const pair of node.items) {
        const k = pair.key;
        const kv = (0, import_yaml.isScalar)(k) ? k.value : k;
        if (kv !== null && typeof kv === "object") continue;
        if (String(kv) === want) {
          next = pair.value;
          if ((0, import_yaml.isScalar)(k) && k.range) keyOffset = k.range[0];
          break;
        }
      }
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      next = node.items[seg];
    }
    if (next === void 0) break;
    const empty = next !== null && (0, import_yaml.isScalar)(next) && next.range?.[0] === next.range?.[1];
    if (next === null || !next.range || empty) {
      if (keyOffset !== void 0) offset = keyOffset;
      break;
    }
    node = next;
    offset = next.range[0];
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}

// src/core/model/located.ts
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
}
function pathToPointer(path) {
  return path.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function problemAt(doc, path, message, code, extra = {}) {
  let line;
  let col;
  try {
    const pos = locate(doc.text, doc.docIndex, path);
    line = pos.line;
    col = pos.col;
  } catch {
  }
  return { file: doc.file, line, col, path: pathToPointer(path), message, code, ...extra };
}
function ajvProblems(doc, base, errors, extra = {}, schema) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of errors ?? []) {
    const path = [...base, ...pointerToPath(e.instancePath)];
    if (e.keyword === "additionalProperties")
      path.push(String(e.params.additionalProperty));
    let message = ajvMessage(e);
    if (e.keyword === "additionalProperties" && schema !== void 0)
      message += didYouMean(
        String(e.params.additionalProperty),
        schemaProperties(schema, e.instancePath)
      );
    const key = pathToPointer(path) + "\0" + message;
    if (seen.has(key)) continue;
    seen.add(key);
    if (e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "if") continue;
    out.push(problemAt(doc, path, message, "schema", extra));
  }
  return out;
}
function ajvMessage(e) {
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown property "${String(p.additionalProperty)}"`;
    case "required":
      return `missing required property "${String(p.missingProperty)}"`;
    case "enum":
      return `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "type":
      return `must be ${String(p.type)}`;
    case "pattern":
      return PATTERN_MESSAGES[String(p.pattern)] ?? `must match pattern "${String(p.pattern)}"`;
    default:
      return e.message ?? e.keyword;
  }
}
var PATTERN_MESSAGES = {
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$": "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit",
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(@v?[0-9]+(\\.[0-9]+(\\.[0-9]+(-[0-9A-Za-z.-]+)?)?)?)?$": "must be a capability reference: name, name@1, name@1.2 or name@1.2.3 (name: lower-case letters, digits and '-')"
};

export {
  didYouMean,
  schemaProperties,
  didYouMeanInline,
  sharedAjv,
  ownValidators,
  jsonSchemaProblem,
  pointerToPath,
  problemAt,
  ajvProblems,
  parseSemVer,
  compareSemVer,
  parseRange,
  LOCK_FILE,
  parseLock,
  lockFromCapabilities,
  emitLock,
  checkLock
};
