import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Model,
  addSchema,
  createTypeMetaGuard,
  register,
  setSchema
} from "./chunk-I446PVI7.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-LBQISY46.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// node_modules/@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1beta1/HTTPRoute.mjs
var schemaId = "gateway.networking.k8s.io.v1beta1.HTTPRoute";
var schema = {
  "type": "object",
  "properties": {
    "apiVersion": {
      "type": "string",
      "enum": [
        "gateway.networking.k8s.io/v1beta1"
      ]
    },
    "kind": {
      "type": "string",
      "enum": [
        "HTTPRoute"
      ]
    },
    "metadata": {
      "oneOf": [
        {
          "$ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"
        },
        {
          "type": "null"
        }
      ]
    },
    "spec": {
      "properties": {
        "hostnames": {
          "items": {
            "maxLength": 253,
            "minLength": 1,
            "type": "string",
            "pattern": "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
          },
          "maxItems": 16,
          "type": "array",
          "nullable": true
        },
        "parentRefs": {
          "items": {
            "properties": {
              "group": {
                "default": "gateway.networking.k8s.io",
                "maxLength": 253,
                "type": "string",
                "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                "nullable": true
              },
              "kind": {
                "default": "Gateway",
                "maxLength": 63,
                "minLength": 1,
                "type": "string",
                "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$",
                "nullable": true
              },
              "name": {
                "maxLength": 253,
                "minLength": 1,
                "type": "string"
              },
              "namespace": {
                "maxLength": 63,
                "minLength": 1,
                "type": "string",
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                "nullable": true
              },
              "port": {
                "format": "int32",
                "type": "integer",
                "minimum": 1,
                "maximum": 65535,
                "nullable": true
              },
              "sectionName": {
                "maxLength": 253,
                "minLength": 1,
                "type": "string",
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                "nullable": true
              }
            },
            "required": [
              "name"
            ],
            "type": "object"
          },
          "maxItems": 32,
          "type": "array",
          "nullable": true
        },
        "rules": {
          "default": [
            {
              "matches": [
                {
                  "path": {
                    "type": "PathPrefix",
                    "value": "/"
                  }
                }
              ]
            }
          ],
          "items": {
            "properties": {
              "backendRefs": {
                "items": {
                  "properties": {
                    "filters": {
                      "items": {
                        "properties": {
                          "extensionRef": {
                            "properties": {
                              "group": {
                                "maxLength": 253,
                                "type": "string",
                                "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
                              },
                              "kind": {
                                "maxLength": 63,
                                "minLength": 1,
                                "type": "string",
                                "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"
                              },
                              "name": {
                                "maxLength": 253,
                                "minLength": 1,
                                "type": "string"
                              }
                            },
                            "required": [
                              "group",
                              "kind",
                              "name"
                            ],
                            "type": "object",
                            "nullable": true
                          },
                          "requestHeaderModifier": {
                            "properties": {
                              "add": {
                                "items": {
                                  "properties": {
                                    "name": {
                                      "maxLength": 256,
                                      "minLength": 1,
                                      "type": "string",
                                      "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                                    },
                                    "value": {
                                      "maxLength": 4096,
                                      "minLength": 1,
                                      "type": "string"
                                    }
                                  },
                                  "required": [
                                    "name",
                                    "value"
                                  ],
                                  "type": "object"
                                },
                                "maxItems": 16,
                                "type": "array",
                                "nullable": true
                              },
                              "remove": {
                                "items": {
                                  "type": "string"
                                },
                                "maxItems": 16,
                                "type": "array",
                                "nullable": true
                              },
                              "set": {
                                "items": {
                                  "properties": {
                                    "name": {
                                      "maxLength": 256,
                                      "minLength": 1,
                                      "type": "string",
                                      "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                                    },
                                    "value": {
                                      "maxLength": 4096,
                                      "minLength": 1,
                                      "type": "string"
                                    }
                                  },
                                  "required": [
                                    "name",
                                    "value"
                                  ],
                                  "type": "object"
                                },
                                "maxItems": 16,
                                "type": "array",
                                "nullable": true
                              }
                            },
                            "type": "object",
                            "nullable": true
                          },
                          "requestMirror": {
                            "properties": {
                              "backendRef": {
                                "properties": {
                                  "group": {
                                    "default": "",
                                    "maxLength": 253,
                                    "type": "string",
                                    "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                                    "nullable": true
                                  },
                                  "kind": {
                                    "default": "Service",
                                    "maxLength": 63,
                                    "minLength": 1,
                                    "type": "string",
                                    "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$",
                                    "nullable": true
                                  },
                                  "name": {
                                    "maxLength": 253,
                                    "minLength": 1,
                                    "type": "string"
                                  },
                                  "namespace": {
                                    "maxLength": 63,
                                    "minLength": 1,
                                    "type": "string",
                                    "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                                    "nullable": true
                                  },
                                  "port": {
                                    "format": "int32",
                                    "type": "integer",
                                    "minimum": 1,
                                    "maximum": 65535,
                                    "nullable": true
                                  }
                                },
                                "required": [
                                  "name"
                                ],
                                "type": "object"
                              }
                            },
                            "required": [
                              "backendRef"
                            ],
                            "type": "object",
                            "nullable": true
                          },
                          "requestRedirect": {
                            "properties": {
                              "hostname": {
                                "maxLength": 253,
                                "minLength": 1,
                                "type": "string",
                                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                                "nullable": true
                              },
                              "path": {
                                "properties": {
                                  "replaceFullPath": {
                                    "maxLength": 1024,
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "replacePrefixMatch": {
                                    "maxLength": 1024,
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "type": {
                                    "enum": [
                                      "ReplaceFullPath",
                                      "ReplacePrefixMatch"
                                    ],
                                    "type": "string"
                                  }
                                },
                                "required": [
                                  "type"
                                ],
                                "type": "object",
                                "nullable": true
                              },
                              "port": {
                                "format": "int32",
                                "type": "integer",
                                "minimum": 1,
                                "maximum": 65535,
                                "nullable": true
                              },
                              "scheme": {
                                "enum": [
                                  "http",
                                  "https"
                                ],
                                "type": "string",
                                "nullable": true
                              },
                              "statusCode": {
                                "default": 302,
                                "enum": [
                                  301,
                                  302
                                ],
                                "type": "integer",
                                "nullable": true
                              }
                            },
                            "type": "object",
                            "nullable": true
                          },
                          "responseHeaderModifier": {
                            "properties": {
                              "add": {
                                "items": {
                                  "properties": {
                                    "name": {
                                      "maxLength": 256,
                                      "minLength": 1,
                                      "type": "string",
                                      "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                                    },
                                    "value": {
                                      "maxLength": 4096,
                                      "minLength": 1,
                                      "type": "string"
                                    }
                                  },
                                  "required": [
                                    "name",
                                    "value"
                                  ],
                                  "type": "object"
                                },
                                "maxItems": 16,
                                "type": "array",
                                "nullable": true
                              },
                              "remove": {
                                "items": {
                                  "type": "string"
                                },
                                "maxItems": 16,
                                "type": "array",
                                "nullable": true
                              },
                              "set": {
                                "items": {
                                  "properties": {
                                    "name": {
                                      "maxLength": 256,
                                      "minLength": 1,
                                      "type": "string",
                                      "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                                    },
                                    "value": {
                                      "maxLength": 4096,
                                      "minLength": 1,
                                      "type": "string"
                                    }
                                  },
                                  "required": [
                                    "name",
                                    "value"
                                  ],
                                  "type": "object"
                                },
                                "maxItems": 16,
                                "type": "array",
                                "nullable": true
                              }
                            },
                            "type": "object",
                            "nullable": true
                          },
                          "type": {
                            "enum": [
                              "RequestHeaderModifier",
                              "ResponseHeaderModifier",
                              "RequestMirror",
                              "RequestRedirect",
                              "URLRewrite",
                              "ExtensionRef"
                            ],
                            "type": "string"
                          },
                          "urlRewrite": {
                            "properties": {
                              "hostname": {
                                "maxLength": 253,
                                "minLength": 1,
                                "type": "string",
                                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                                "nullable": true
                              },
                              "path": {
                                "properties": {
                                  "replaceFullPath": {
                                    "maxLength": 1024,
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "replacePrefixMatch": {
                                    "maxLength": 1024,
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "type": {
                                    "enum": [
                                      "ReplaceFullPath",
                                      "ReplacePrefixMatch"
                                    ],
                                    "type": "string"
                                  }
                                },
                                "required": [
                                  "type"
                                ],
                                "type": "object",
                                "nullable": true
                              }
                            },
                            "type": "object",
                            "nullable": true
                          }
                        },
                        "required": [
                          "type"
                        ],
                        "type": "object"
                      },
                      "maxItems": 16,
                      "type": "array",
                      "nullable": true
                    },
                    "group": {
                      "default": "",
                      "maxLength": 253,
                      "type": "string",
                      "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                      "nullable": true
                    },
                    "kind": {
                      "default": "Service",
                      "maxLength": 63,
                      "minLength": 1,
                      "type": "string",
                      "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$",
                      "nullable": true
                    },
                    "name": {
                      "maxLength": 253,
                      "minLength": 1,
                      "type": "string"
                    },
                    "namespace": {
                      "maxLength": 63,
                      "minLength": 1,
                      "type": "string",
                      "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                      "nullable": true
                    },
                    "port": {
                      "format": "int32",
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 65535,
                      "nullable": true
                    },
                    "weight": {
                      "default": 1,
                      "format": "int32",
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 1e6,
                      "nullable": true
                    }
                  },
                  "required": [
                    "name"
                  ],
                  "type": "object"
                },
                "maxItems": 16,
                "type": "array",
                "nullable": true
              },
              "filters": {
                "items": {
                  "properties": {
                    "extensionRef": {
                      "properties": {
                        "group": {
                          "maxLength": 253,
                          "type": "string",
                          "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
                        },
                        "kind": {
                          "maxLength": 63,
                          "minLength": 1,
                          "type": "string",
                          "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"
                        },
                        "name": {
                          "maxLength": 253,
                          "minLength": 1,
                          "type": "string"
                        }
                      },
                      "required": [
                        "group",
                        "kind",
                        "name"
                      ],
                      "type": "object",
                      "nullable": true
                    },
                    "requestHeaderModifier": {
                      "properties": {
                        "add": {
                          "items": {
                            "properties": {
                              "name": {
                                "maxLength": 256,
                                "minLength": 1,
                                "type": "string",
                                "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                              },
                              "value": {
                                "maxLength": 4096,
                                "minLength": 1,
                                "type": "string"
                              }
                            },
                            "required": [
                              "name",
                              "value"
                            ],
                            "type": "object"
                          },
                          "maxItems": 16,
                          "type": "array",
                          "nullable": true
                        },
                        "remove": {
                          "items": {
                            "type": "string"
                          },
                          "maxItems": 16,
                          "type": "array",
                          "nullable": true
                        },
                        "set": {
                          "items": {
                            "properties": {
                              "name": {
                                "maxLength": 256,
                                "minLength": 1,
                                "type": "string",
                                "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                              },
                              "value": {
                                "maxLength": 4096,
                                "minLength": 1,
                                "type": "string"
                              }
                            },
                            "required": [
                              "name",
                              "value"
                            ],
                            "type": "object"
                          },
                          "maxItems": 16,
                          "type": "array",
                          "nullable": true
                        }
                      },
                      "type": "object",
                      "nullable": true
                    },
                    "requestMirror": {
                      "properties": {
                        "backendRef": {
                          "properties": {
                            "group": {
                              "default": "",
                              "maxLength": 253,
                              "type": "string",
                              "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                              "nullable": true
                            },
                            "kind": {
                              "default": "Service",
                              "maxLength": 63,
                              "minLength": 1,
                              "type": "string",
                              "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$",
                              "nullable": true
                            },
                            "name": {
                              "maxLength": 253,
                              "minLength": 1,
                              "type": "string"
                            },
                            "namespace": {
                              "maxLength": 63,
                              "minLength": 1,
                              "type": "string",
                              "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                              "nullable": true
                            },
                            "port": {
                              "format": "int32",
                              "type": "integer",
                              "minimum": 1,
                              "maximum": 65535,
                              "nullable": true
                            }
                          },
                          "required": [
                            "name"
                          ],
                          "type": "object"
                        }
                      },
                      "required": [
                        "backendRef"
                      ],
                      "type": "object",
                      "nullable": true
                    },
                    "requestRedirect": {
                      "properties": {
                        "hostname": {
                          "maxLength": 253,
                          "minLength": 1,
                          "type": "string",
                          "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                          "nullable": true
                        },
                        "path": {
                          "properties": {
                            "replaceFullPath": {
                              "maxLength": 1024,
                              "type": "string",
                              "nullable": true
                            },
                            "replacePrefixMatch": {
                              "maxLength": 1024,
                              "type": "string",
                              "nullable": true
                            },
                            "type": {
                              "enum": [
                                "ReplaceFullPath",
                                "ReplacePrefixMatch"
                              ],
                              "type": "string"
                            }
                          },
                          "required": [
                            "type"
                          ],
                          "type": "object",
                          "nullable": true
                        },
                        "port": {
                          "format": "int32",
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 65535,
                          "nullable": true
                        },
                        "scheme": {
                          "enum": [
                            "http",
                            "https"
                          ],
                          "type": "string",
                          "nullable": true
                        },
                        "statusCode": {
                          "default": 302,
                          "enum": [
                            301,
                            302
                          ],
                          "type": "integer",
                          "nullable": true
                        }
                      },
                      "type": "object",
                      "nullable": true
                    },
                    "responseHeaderModifier": {
                      "properties": {
                        "add": {
                          "items": {
                            "properties": {
                              "name": {
                                "maxLength": 256,
                                "minLength": 1,
                                "type": "string",
                                "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                              },
                              "value": {
                                "maxLength": 4096,
                                "minLength": 1,
                                "type": "string"
                              }
                            },
                            "required": [
                              "name",
                              "value"
                            ],
                            "type": "object"
                          },
                          "maxItems": 16,
                          "type": "array",
                          "nullable": true
                        },
                        "remove": {
                          "items": {
                            "type": "string"
                          },
                          "maxItems": 16,
                          "type": "array",
                          "nullable": true
                        },
                        "set": {
                          "items": {
                            "properties": {
                              "name": {
                                "maxLength": 256,
                                "minLength": 1,
                                "type": "string",
                                "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                              },
                              "value": {
                                "maxLength": 4096,
                                "minLength": 1,
                                "type": "string"
                              }
                            },
                            "required": [
                              "name",
                              "value"
                            ],
                            "type": "object"
                          },
                          "maxItems": 16,
                          "type": "array",
                          "nullable": true
                        }
                      },
                      "type": "object",
                      "nullable": true
                    },
                    "type": {
                      "enum": [
                        "RequestHeaderModifier",
                        "ResponseHeaderModifier",
                        "RequestMirror",
                        "RequestRedirect",
                        "URLRewrite",
                        "ExtensionRef"
                      ],
                      "type": "string"
                    },
                    "urlRewrite": {
                      "properties": {
                        "hostname": {
                          "maxLength": 253,
                          "minLength": 1,
                          "type": "string",
                          "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                          "nullable": true
                        },
                        "path": {
                          "properties": {
                            "replaceFullPath": {
                              "maxLength": 1024,
                              "type": "string",
                              "nullable": true
                            },
                            "replacePrefixMatch": {
                              "maxLength": 1024,
                              "type": "string",
                              "nullable": true
                            },
                            "type": {
                              "enum": [
                                "ReplaceFullPath",
                                "ReplacePrefixMatch"
                              ],
                              "type": "string"
                            }
                          },
                          "required": [
                            "type"
                          ],
                          "type": "object",
                          "nullable": true
                        }
                      },
                      "type": "object",
                      "nullable": true
                    }
                  },
                  "required": [
                    "type"
                  ],
                  "type": "object"
                },
                "maxItems": 16,
                "type": "array",
                "nullable": true
              },
              "matches": {
                "default": [
                  {
                    "path": {
                      "type": "PathPrefix",
                      "value": "/"
                    }
                  }
                ],
                "items": {
                  "properties": {
                    "headers": {
                      "items": {
                        "properties": {
                          "name": {
                            "maxLength": 256,
                            "minLength": 1,
                            "type": "string",
                            "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                          },
                          "type": {
                            "default": "Exact",
                            "enum": [
                              "Exact",
                              "RegularExpression"
                            ],
                            "type": "string",
                            "nullable": true
                          },
                          "value": {
                            "maxLength": 4096,
                            "minLength": 1,
                            "type": "string"
                          }
                        },
                        "required": [
                          "name",
                          "value"
                        ],
                        "type": "object"
                      },
                      "maxItems": 16,
                      "type": "array",
                      "nullable": true
                    },
                    "method": {
                      "enum": [
                        "GET",
                        "HEAD",
                        "POST",
                        "PUT",
                        "DELETE",
                        "CONNECT",
                        "OPTIONS",
                        "TRACE",
                        "PATCH"
                      ],
                      "type": "string",
                      "nullable": true
                    },
                    "path": {
                      "default": {
                        "type": "PathPrefix",
                        "value": "/"
                      },
                      "properties": {
                        "type": {
                          "default": "PathPrefix",
                          "enum": [
                            "Exact",
                            "PathPrefix",
                            "RegularExpression"
                          ],
                          "type": "string",
                          "nullable": true
                        },
                        "value": {
                          "default": "/",
                          "maxLength": 1024,
                          "type": "string",
                          "nullable": true
                        }
                      },
                      "type": "object",
                      "nullable": true
                    },
                    "queryParams": {
                      "items": {
                        "properties": {
                          "name": {
                            "maxLength": 256,
                            "minLength": 1,
                            "type": "string",
                            "pattern": "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"
                          },
                          "type": {
                            "default": "Exact",
                            "enum": [
                              "Exact",
                              "RegularExpression"
                            ],
                            "type": "string",
                            "nullable": true
                          },
                          "value": {
                            "maxLength": 1024,
                            "minLength": 1,
                            "type": "string"
                          }
                        },
                        "required": [
                          "name",
                          "value"
                        ],
                        "type": "object"
                      },
                      "maxItems": 16,
                      "type": "array",
                      "nullable": true
                    }
                  },
                  "type": "object"
                },
                "maxItems": 8,
                "type": "array",
                "nullable": true
              },
              "timeouts": {
                "properties": {
                  "backendRequest": {
                    "type": "string",
                    "pattern": "^([0-9]{1,5}(h|m|s|ms)){1,4}$",
                    "nullable": true
                  },
                  "request": {
                    "type": "string",
                    "pattern": "^([0-9]{1,5}(h|m|s|ms)){1,4}$",
                    "nullable": true
                  }
                },
                "type": "object",
                "nullable": true
              }
            },
            "type": "object"
          },
          "maxItems": 16,
          "type": "array",
          "nullable": true
        }
      },
      "type": "object"
    },
    "status": {
      "properties": {
        "parents": {
          "items": {
            "properties": {
              "conditions": {
                "items": {
                  "properties": {
                    "lastTransitionTime": {
                      "format": "date-time",
                      "type": "string"
                    },
                    "message": {
                      "maxLength": 32768,
                      "type": "string"
                    },
                    "observedGeneration": {
                      "format": "int64",
                      "type": "integer",
                      "minimum": 0,
                      "nullable": true
                    },
                    "reason": {
                      "maxLength": 1024,
                      "minLength": 1,
                      "type": "string",
                      "pattern": "^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$"
                    },
                    "status": {
                      "enum": [
                        "True",
                        "False",
                        "Unknown"
                      ],
                      "type": "string"
                    },
                    "type": {
                      "maxLength": 316,
                      "type": "string",
                      "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$"
                    }
                  },
                  "required": [
                    "lastTransitionTime",
                    "message",
                    "reason",
                    "status",
                    "type"
                  ],
                  "type": "object"
                },
                "maxItems": 8,
                "minItems": 1,
                "type": "array",
                "nullable": true
              },
              "controllerName": {
                "maxLength": 253,
                "minLength": 1,
                "type": "string",
                "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$"
              },
              "parentRef": {
                "properties": {
                  "group": {
                    "default": "gateway.networking.k8s.io",
                    "maxLength": 253,
                    "type": "string",
                    "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                    "nullable": true
                  },
                  "kind": {
                    "default": "Gateway",
                    "maxLength": 63,
                    "minLength": 1,
                    "type": "string",
                    "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$",
                    "nullable": true
                  },
                  "name": {
                    "maxLength": 253,
                    "minLength": 1,
                    "type": "string"
                  },
                  "namespace": {
                    "maxLength": 63,
                    "minLength": 1,
                    "type": "string",
                    "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
                    "nullable": true
                  },
                  "port": {
                    "format": "int32",
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 65535,
                    "nullable": true
                  },
                  "sectionName": {
                    "maxLength": 253,
                    "minLength": 1,
                    "type": "string",
                    "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
                    "nullable": true
                  }
                },
                "required": [
                  "name"
                ],
                "type": "object"
              }
            },
            "required": [
              "controllerName",
              "parentRef"
            ],
            "type": "object"
          },
          "maxItems": 32,
          "type": "array"
        }
      },
      "required": [
        "parents"
      ],
      "type": "object",
      "nullable": true
    }
  },
  "required": [
    "spec",
    "apiVersion",
    "kind"
  ]
};
var HTTPRoute = class _HTTPRoute extends Model {
  constructor(data) {
    super({
      apiVersion: _HTTPRoute.apiVersion,
      kind: _HTTPRoute.kind,
      ...data
    });
  }
};
HTTPRoute.apiVersion = "gateway.networking.k8s.io/v1beta1";
HTTPRoute.kind = "HTTPRoute";
HTTPRoute.is = createTypeMetaGuard(HTTPRoute);
setSchema(HTTPRoute, schemaId, () => {
  addSchema();
  register(schemaId, schema);
});
export {
  HTTPRoute
};
