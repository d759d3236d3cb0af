import { createRequire as __capstanRequire } from "node:module"; const require = __capstanRequire(import.meta.url);
import {
  Model,
  addSchema,
  createTypeMetaGuard,
  register,
  setSchema
} from "./chunk-Q7XLOP7G.js";
import "./chunk-DFTUZEB7.js";
import "./chunk-AUIKRLBV.js";
import "./chunk-LBQISY46.js";
import "./chunk-QRKMIM66.js";
import "./chunk-XYNQLYSQ.js";

// node_modules/@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/AnalysisRun.mjs
var schemaId = "argoproj.io.v1alpha1.AnalysisRun";
var schema = {
  "type": "object",
  "properties": {
    "apiVersion": {
      "type": "string",
      "enum": [
        "argoproj.io/v1alpha1"
      ]
    },
    "kind": {
      "type": "string",
      "enum": [
        "AnalysisRun"
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
        "args": {
          "items": {
            "properties": {
              "name": {
                "type": "string"
              },
              "value": {
                "type": "string",
                "nullable": true
              },
              "valueFrom": {
                "properties": {
                  "fieldRef": {
                    "properties": {
                      "fieldPath": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "fieldPath"
                    ],
                    "type": "object",
                    "nullable": true
                  },
                  "secretKeyRef": {
                    "properties": {
                      "key": {
                        "type": "string"
                      },
                      "name": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "key",
                      "name"
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
              "name"
            ],
            "type": "object"
          },
          "type": "array",
          "nullable": true
        },
        "dryRun": {
          "items": {
            "properties": {
              "metricName": {
                "type": "string"
              }
            },
            "required": [
              "metricName"
            ],
            "type": "object"
          },
          "type": "array",
          "nullable": true
        },
        "measurementRetention": {
          "items": {
            "properties": {
              "limit": {
                "format": "int32",
                "type": "integer"
              },
              "metricName": {
                "type": "string"
              }
            },
            "required": [
              "limit",
              "metricName"
            ],
            "type": "object"
          },
          "type": "array",
          "nullable": true
        },
        "metrics": {
          "items": {
            "properties": {
              "consecutiveErrorLimit": {
                "oneOf": [
                  {
                    "anyOf": [
                      {
                        "type": "integer"
                      },
                      {
                        "type": "string"
                      }
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "count": {
                "oneOf": [
                  {
                    "anyOf": [
                      {
                        "type": "integer"
                      },
                      {
                        "type": "string"
                      }
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "failureCondition": {
                "type": "string",
                "nullable": true
              },
              "failureLimit": {
                "oneOf": [
                  {
                    "anyOf": [
                      {
                        "type": "integer"
                      },
                      {
                        "type": "string"
                      }
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "inconclusiveLimit": {
                "oneOf": [
                  {
                    "anyOf": [
                      {
                        "type": "integer"
                      },
                      {
                        "type": "string"
                      }
                    ]
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "initialDelay": {
                "type": "string",
                "nullable": true
              },
              "interval": {
                "type": "string",
                "nullable": true
              },
              "name": {
                "type": "string"
              },
              "provider": {
                "properties": {
                  "cloudWatch": {
                    "properties": {
                      "interval": {
                        "type": "string",
                        "nullable": true
                      },
                      "metricDataQueries": {
                        "items": {
                          "properties": {
                            "expression": {
                              "type": "string",
                              "nullable": true
                            },
                            "id": {
                              "type": "string",
                              "nullable": true
                            },
                            "label": {
                              "type": "string",
                              "nullable": true
                            },
                            "metricStat": {
                              "properties": {
                                "metric": {
                                  "properties": {
                                    "dimensions": {
                                      "items": {
                                        "properties": {
                                          "name": {
                                            "type": "string",
                                            "nullable": true
                                          },
                                          "value": {
                                            "type": "string",
                                            "nullable": true
                                          }
                                        },
                                        "type": "object"
                                      },
                                      "type": "array",
                                      "nullable": true
                                    },
                                    "metricName": {
                                      "type": "string",
                                      "nullable": true
                                    },
                                    "namespace": {
                                      "type": "string",
                                      "nullable": true
                                    }
                                  },
                                  "type": "object",
                                  "nullable": true
                                },
                                "period": {
                                  "oneOf": [
                                    {
                                      "anyOf": [
                                        {
                                          "type": "integer"
                                        },
                                        {
                                          "type": "string"
                                        }
                                      ]
                                    },
                                    {
                                      "type": "null"
                                    }
                                  ]
                                },
                                "stat": {
                                  "type": "string",
                                  "nullable": true
                                },
                                "unit": {
                                  "type": "string",
                                  "nullable": true
                                }
                              },
                              "type": "object",
                              "nullable": true
                            },
                            "period": {
                              "oneOf": [
                                {
                                  "anyOf": [
                                    {
                                      "type": "integer"
                                    },
                                    {
                                      "type": "string"
                                    }
                                  ]
                                },
                                {
                                  "type": "null"
                                }
                              ]
                            },
                            "returnData": {
                              "type": "boolean",
                              "nullable": true
                            }
                          },
                          "type": "object"
                        },
                        "type": "array"
                      }
                    },
                    "required": [
                      "metricDataQueries"
                    ],
                    "type": "object",
                    "nullable": true
                  },
                  "datadog": {
                    "properties": {
                      "apiVersion": {
                        "type": "string",
                        "nullable": true
                      },
                      "interval": {
                        "type": "string",
                        "nullable": true
                      },
                      "query": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "query"
                    ],
                    "type": "object",
                    "nullable": true
                  },
                  "graphite": {
                    "properties": {
                      "address": {
                        "type": "string",
                        "nullable": true
                      },
                      "query": {
                        "type": "string",
                        "nullable": true
                      }
                    },
                    "type": "object",
                    "nullable": true
                  },
                  "influxdb": {
                    "properties": {
                      "profile": {
                        "type": "string",
                        "nullable": true
                      },
                      "query": {
                        "type": "string",
                        "nullable": true
                      }
                    },
                    "type": "object",
                    "nullable": true
                  },
                  "job": {
                    "properties": {
                      "metadata": {
                        "properties": {
                          "annotations": {
                            "additionalProperties": {
                              "type": "string"
                            },
                            "type": "object",
                            "properties": {},
                            "nullable": true
                          },
                          "labels": {
                            "additionalProperties": {
                              "type": "string"
                            },
                            "type": "object",
                            "properties": {},
                            "nullable": true
                          }
                        },
                        "type": "object",
                        "nullable": true
                      },
                      "spec": {
                        "properties": {
                          "activeDeadlineSeconds": {
                            "format": "int64",
                            "type": "integer",
                            "nullable": true
                          },
                          "backoffLimit": {
                            "format": "int32",
                            "type": "integer",
                            "nullable": true
                          },
                          "completionMode": {
                            "type": "string",
                            "nullable": true
                          },
                          "completions": {
                            "format": "int32",
                            "type": "integer",
                            "nullable": true
                          },
                          "manualSelector": {
                            "type": "boolean",
                            "nullable": true
                          },
                          "parallelism": {
                            "format": "int32",
                            "type": "integer",
                            "nullable": true
                          },
                          "podFailurePolicy": {
                            "properties": {
                              "rules": {
                                "items": {
                                  "properties": {
                                    "action": {
                                      "type": "string"
                                    },
                                    "onExitCodes": {
                                      "properties": {
                                        "containerName": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "operator": {
                                          "type": "string"
                                        },
                                        "values": {
                                          "items": {
                                            "format": "int32",
                                            "type": "integer"
                                          },
                                          "type": "array"
                                        }
                                      },
                                      "required": [
                                        "operator",
                                        "values"
                                      ],
                                      "type": "object",
                                      "nullable": true
                                    },
                                    "onPodConditions": {
                                      "items": {
                                        "properties": {
                                          "status": {
                                            "type": "string"
                                          },
                                          "type": {
                                            "type": "string"
                                          }
                                        },
                                        "required": [
                                          "status",
                                          "type"
                                        ],
                                        "type": "object"
                                      },
                                      "type": "array"
                                    }
                                  },
                                  "required": [
                                    "action",
                                    "onPodConditions"
                                  ],
                                  "type": "object"
                                },
                                "type": "array"
                              }
                            },
                            "required": [
                              "rules"
                            ],
                            "type": "object",
                            "nullable": true
                          },
                          "selector": {
                            "properties": {
                              "matchExpressions": {
                                "items": {
                                  "properties": {
                                    "key": {
                                      "type": "string"
                                    },
                                    "operator": {
                                      "type": "string"
                                    },
                                    "values": {
                                      "items": {
                                        "type": "string"
                                      },
                                      "type": "array",
                                      "nullable": true
                                    }
                                  },
                                  "required": [
                                    "key",
                                    "operator"
                                  ],
                                  "type": "object"
                                },
                                "type": "array",
                                "nullable": true
                              },
                              "matchLabels": {
                                "additionalProperties": {
                                  "type": "string"
                                },
                                "type": "object",
                                "properties": {},
                                "nullable": true
                              }
                            },
                            "type": "object",
                            "nullable": true
                          },
                          "suspend": {
                            "type": "boolean",
                            "nullable": true
                          },
                          "template": {
                            "properties": {
                              "metadata": {
                                "properties": {
                                  "annotations": {
                                    "additionalProperties": {
                                      "type": "string"
                                    },
                                    "type": "object",
                                    "properties": {},
                                    "nullable": true
                                  },
                                  "labels": {
                                    "additionalProperties": {
                                      "type": "string"
                                    },
                                    "type": "object",
                                    "properties": {},
                                    "nullable": true
                                  }
                                },
                                "type": "object",
                                "nullable": true
                              },
                              "spec": {
                                "properties": {
                                  "activeDeadlineSeconds": {
                                    "format": "int64",
                                    "type": "integer",
                                    "nullable": true
                                  },
                                  "affinity": {
                                    "properties": {
                                      "nodeAffinity": {
                                        "properties": {
                                          "preferredDuringSchedulingIgnoredDuringExecution": {
                                            "items": {
                                              "properties": {
                                                "preference": {
                                                  "properties": {
                                                    "matchExpressions": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "matchFields": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object"
                                                },
                                                "weight": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                }
                                              },
                                              "required": [
                                                "preference",
                                                "weight"
                                              ],
                                              "type": "object"
                                            },
                                            "type": "array",
                                            "nullable": true
                                          },
                                          "requiredDuringSchedulingIgnoredDuringExecution": {
                                            "properties": {
                                              "nodeSelectorTerms": {
                                                "items": {
                                                  "properties": {
                                                    "matchExpressions": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "matchFields": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object"
                                                },
                                                "type": "array"
                                              }
                                            },
                                            "required": [
                                              "nodeSelectorTerms"
                                            ],
                                            "type": "object",
                                            "nullable": true
                                          }
                                        },
                                        "type": "object",
                                        "nullable": true
                                      },
                                      "podAffinity": {
                                        "properties": {
                                          "preferredDuringSchedulingIgnoredDuringExecution": {
                                            "items": {
                                              "properties": {
                                                "podAffinityTerm": {
                                                  "properties": {
                                                    "labelSelector": {
                                                      "properties": {
                                                        "matchExpressions": {
                                                          "items": {
                                                            "properties": {
                                                              "key": {
                                                                "type": "string"
                                                              },
                                                              "operator": {
                                                                "type": "string"
                                                              },
                                                              "values": {
                                                                "items": {
                                                                  "type": "string"
                                                                },
                                                                "type": "array",
                                                                "nullable": true
                                                              }
                                                            },
                                                            "required": [
                                                              "key",
                                                              "operator"
                                                            ],
                                                            "type": "object"
                                                          },
                                                          "type": "array",
                                                          "nullable": true
                                                        },
                                                        "matchLabels": {
                                                          "additionalProperties": {
                                                            "type": "string"
                                                          },
                                                          "type": "object",
                                                          "properties": {},
                                                          "nullable": true
                                                        }
                                                      },
                                                      "type": "object",
                                                      "nullable": true
                                                    },
                                                    "namespaceSelector": {
                                                      "properties": {
                                                        "matchExpressions": {
                                                          "items": {
                                                            "properties": {
                                                              "key": {
                                                                "type": "string"
                                                              },
                                                              "operator": {
                                                                "type": "string"
                                                              },
                                                              "values": {
                                                                "items": {
                                                                  "type": "string"
                                                                },
                                                                "type": "array",
                                                                "nullable": true
                                                              }
                                                            },
                                                            "required": [
                                                              "key",
                                                              "operator"
                                                            ],
                                                            "type": "object"
                                                          },
                                                          "type": "array",
                                                          "nullable": true
                                                        },
                                                        "matchLabels": {
                                                          "additionalProperties": {
                                                            "type": "string"
                                                          },
                                                          "type": "object",
                                                          "properties": {},
                                                          "nullable": true
                                                        }
                                                      },
                                                      "type": "object",
                                                      "nullable": true
                                                    },
                                                    "namespaces": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "topologyKey": {
                                                      "type": "string"
                                                    }
                                                  },
                                                  "required": [
                                                    "topologyKey"
                                                  ],
                                                  "type": "object"
                                                },
                                                "weight": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                }
                                              },
                                              "required": [
                                                "podAffinityTerm",
                                                "weight"
                                              ],
                                              "type": "object"
                                            },
                                            "type": "array",
                                            "nullable": true
                                          },
                                          "requiredDuringSchedulingIgnoredDuringExecution": {
                                            "items": {
                                              "properties": {
                                                "labelSelector": {
                                                  "properties": {
                                                    "matchExpressions": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "matchLabels": {
                                                      "additionalProperties": {
                                                        "type": "string"
                                                      },
                                                      "type": "object",
                                                      "properties": {},
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "namespaceSelector": {
                                                  "properties": {
                                                    "matchExpressions": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "matchLabels": {
                                                      "additionalProperties": {
                                                        "type": "string"
                                                      },
                                                      "type": "object",
                                                      "properties": {},
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "namespaces": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "topologyKey": {
                                                  "type": "string"
                                                }
                                              },
                                              "required": [
                                                "topologyKey"
                                              ],
                                              "type": "object"
                                            },
                                            "type": "array",
                                            "nullable": true
                                          }
                                        },
                                        "type": "object",
                                        "nullable": true
                                      },
                                      "podAntiAffinity": {
                                        "properties": {
                                          "preferredDuringSchedulingIgnoredDuringExecution": {
                                            "items": {
                                              "properties": {
                                                "podAffinityTerm": {
                                                  "properties": {
                                                    "labelSelector": {
                                                      "properties": {
                                                        "matchExpressions": {
                                                          "items": {
                                                            "properties": {
                                                              "key": {
                                                                "type": "string"
                                                              },
                                                              "operator": {
                                                                "type": "string"
                                                              },
                                                              "values": {
                                                                "items": {
                                                                  "type": "string"
                                                                },
                                                                "type": "array",
                                                                "nullable": true
                                                              }
                                                            },
                                                            "required": [
                                                              "key",
                                                              "operator"
                                                            ],
                                                            "type": "object"
                                                          },
                                                          "type": "array",
                                                          "nullable": true
                                                        },
                                                        "matchLabels": {
                                                          "additionalProperties": {
                                                            "type": "string"
                                                          },
                                                          "type": "object",
                                                          "properties": {},
                                                          "nullable": true
                                                        }
                                                      },
                                                      "type": "object",
                                                      "nullable": true
                                                    },
                                                    "namespaceSelector": {
                                                      "properties": {
                                                        "matchExpressions": {
                                                          "items": {
                                                            "properties": {
                                                              "key": {
                                                                "type": "string"
                                                              },
                                                              "operator": {
                                                                "type": "string"
                                                              },
                                                              "values": {
                                                                "items": {
                                                                  "type": "string"
                                                                },
                                                                "type": "array",
                                                                "nullable": true
                                                              }
                                                            },
                                                            "required": [
                                                              "key",
                                                              "operator"
                                                            ],
                                                            "type": "object"
                                                          },
                                                          "type": "array",
                                                          "nullable": true
                                                        },
                                                        "matchLabels": {
                                                          "additionalProperties": {
                                                            "type": "string"
                                                          },
                                                          "type": "object",
                                                          "properties": {},
                                                          "nullable": true
                                                        }
                                                      },
                                                      "type": "object",
                                                      "nullable": true
                                                    },
                                                    "namespaces": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "topologyKey": {
                                                      "type": "string"
                                                    }
                                                  },
                                                  "required": [
                                                    "topologyKey"
                                                  ],
                                                  "type": "object"
                                                },
                                                "weight": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                }
                                              },
                                              "required": [
                                                "podAffinityTerm",
                                                "weight"
                                              ],
                                              "type": "object"
                                            },
                                            "type": "array",
                                            "nullable": true
                                          },
                                          "requiredDuringSchedulingIgnoredDuringExecution": {
                                            "items": {
                                              "properties": {
                                                "labelSelector": {
                                                  "properties": {
                                                    "matchExpressions": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "matchLabels": {
                                                      "additionalProperties": {
                                                        "type": "string"
                                                      },
                                                      "type": "object",
                                                      "properties": {},
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "namespaceSelector": {
                                                  "properties": {
                                                    "matchExpressions": {
                                                      "items": {
                                                        "properties": {
                                                          "key": {
                                                            "type": "string"
                                                          },
                                                          "operator": {
                                                            "type": "string"
                                                          },
                                                          "values": {
                                                            "items": {
                                                              "type": "string"
                                                            },
                                                            "type": "array",
                                                            "nullable": true
                                                          }
                                                        },
                                                        "required": [
                                                          "key",
                                                          "operator"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "matchLabels": {
                                                      "additionalProperties": {
                                                        "type": "string"
                                                      },
                                                      "type": "object",
                                                      "properties": {},
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "namespaces": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "topologyKey": {
                                                  "type": "string"
                                                }
                                              },
                                              "required": [
                                                "topologyKey"
                                              ],
                                              "type": "object"
                                            },
                                            "type": "array",
                                            "nullable": true
                                          }
                                        },
                                        "type": "object",
                                        "nullable": true
                                      }
                                    },
                                    "type": "object",
                                    "nullable": true
                                  },
                                  "automountServiceAccountToken": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "containers": {
                                    "items": {
                                      "properties": {
                                        "args": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "command": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "env": {
                                          "items": {
                                            "properties": {
                                              "name": {
                                                "type": "string"
                                              },
                                              "value": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "valueFrom": {
                                                "properties": {
                                                  "configMapKeyRef": {
                                                    "properties": {
                                                      "key": {
                                                        "type": "string"
                                                      },
                                                      "name": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "optional": {
                                                        "type": "boolean",
                                                        "nullable": true
                                                      }
                                                    },
                                                    "required": [
                                                      "key"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "fieldRef": {
                                                    "properties": {
                                                      "apiVersion": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "fieldPath": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "fieldPath"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "resourceFieldRef": {
                                                    "properties": {
                                                      "containerName": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "divisor": {
                                                        "oneOf": [
                                                          {
                                                            "anyOf": [
                                                              {
                                                                "type": "integer"
                                                              },
                                                              {
                                                                "type": "string"
                                                              }
                                                            ],
                                                            "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"
                                                          },
                                                          {
                                                            "type": "null"
                                                          }
                                                        ]
                                                      },
                                                      "resource": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "resource"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "secretKeyRef": {
                                                    "properties": {
                                                      "key": {
                                                        "type": "string"
                                                      },
                                                      "name": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "optional": {
                                                        "type": "boolean",
                                                        "nullable": true
                                                      }
                                                    },
                                                    "required": [
                                                      "key"
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
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "envFrom": {
                                          "items": {
                                            "properties": {
                                              "configMapRef": {
                                                "properties": {
                                                  "name": {
                                                    "type": "string",
                                                    "nullable": true
                                                  },
                                                  "optional": {
                                                    "type": "boolean",
                                                    "nullable": true
                                                  }
                                                },
                                                "type": "object",
                                                "nullable": true
                                              },
                                              "prefix": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "secretRef": {
                                                "properties": {
                                                  "name": {
                                                    "type": "string",
                                                    "nullable": true
                                                  },
                                                  "optional": {
                                                    "type": "boolean",
                                                    "nullable": true
                                                  }
                                                },
                                                "type": "object",
                                                "nullable": true
                                              }
                                            },
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "image": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "imagePullPolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "lifecycle": {
                                          "properties": {
                                            "postStart": {
                                              "properties": {
                                                "exec": {
                                                  "properties": {
                                                    "command": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "httpGet": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "httpHeaders": {
                                                      "items": {
                                                        "properties": {
                                                          "name": {
                                                            "type": "string"
                                                          },
                                                          "value": {
                                                            "type": "string"
                                                          }
                                                        },
                                                        "required": [
                                                          "name",
                                                          "value"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "path": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    },
                                                    "scheme": {
                                                      "type": "string",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "tcpSocket": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "preStop": {
                                              "properties": {
                                                "exec": {
                                                  "properties": {
                                                    "command": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "httpGet": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "httpHeaders": {
                                                      "items": {
                                                        "properties": {
                                                          "name": {
                                                            "type": "string"
                                                          },
                                                          "value": {
                                                            "type": "string"
                                                          }
                                                        },
                                                        "required": [
                                                          "name",
                                                          "value"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "path": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    },
                                                    "scheme": {
                                                      "type": "string",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "tcpSocket": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "livenessProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "name": {
                                          "type": "string"
                                        },
                                        "ports": {
                                          "items": {
                                            "properties": {
                                              "containerPort": {
                                                "format": "int32",
                                                "type": "integer"
                                              },
                                              "hostIP": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "hostPort": {
                                                "format": "int32",
                                                "type": "integer",
                                                "nullable": true
                                              },
                                              "name": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "protocol": {
                                                "default": "TCP",
                                                "type": "string",
                                                "nullable": true
                                              }
                                            },
                                            "required": [
                                              "containerPort"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "readinessProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "resources": {
                                          "properties": {
                                            "limits": {
                                              "oneOf": [
                                                {},
                                                {
                                                  "type": "null"
                                                }
                                              ]
                                            },
                                            "requests": {
                                              "oneOf": [
                                                {},
                                                {
                                                  "type": "null"
                                                }
                                              ]
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "securityContext": {
                                          "properties": {
                                            "allowPrivilegeEscalation": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "capabilities": {
                                              "properties": {
                                                "add": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "drop": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "privileged": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "procMount": {
                                              "type": "string",
                                              "nullable": true
                                            },
                                            "readOnlyRootFilesystem": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "runAsGroup": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "runAsNonRoot": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "runAsUser": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "seLinuxOptions": {
                                              "properties": {
                                                "level": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "role": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "type": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "user": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "seccompProfile": {
                                              "properties": {
                                                "localhostProfile": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "type": {
                                                  "type": "string"
                                                }
                                              },
                                              "required": [
                                                "type"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "windowsOptions": {
                                              "properties": {
                                                "gmsaCredentialSpec": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "gmsaCredentialSpecName": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "hostProcess": {
                                                  "type": "boolean",
                                                  "nullable": true
                                                },
                                                "runAsUserName": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "startupProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "stdin": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "stdinOnce": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "terminationMessagePath": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "terminationMessagePolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "tty": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "volumeDevices": {
                                          "items": {
                                            "properties": {
                                              "devicePath": {
                                                "type": "string"
                                              },
                                              "name": {
                                                "type": "string"
                                              }
                                            },
                                            "required": [
                                              "devicePath",
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "volumeMounts": {
                                          "items": {
                                            "properties": {
                                              "mountPath": {
                                                "type": "string"
                                              },
                                              "mountPropagation": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "name": {
                                                "type": "string"
                                              },
                                              "readOnly": {
                                                "type": "boolean",
                                                "nullable": true
                                              },
                                              "subPath": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "subPathExpr": {
                                                "type": "string",
                                                "nullable": true
                                              }
                                            },
                                            "required": [
                                              "mountPath",
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "workingDir": {
                                          "type": "string",
                                          "nullable": true
                                        }
                                      },
                                      "required": [
                                        "name"
                                      ],
                                      "type": "object"
                                    },
                                    "type": "array"
                                  },
                                  "dnsConfig": {
                                    "properties": {
                                      "nameservers": {
                                        "items": {
                                          "type": "string"
                                        },
                                        "type": "array",
                                        "nullable": true
                                      },
                                      "options": {
                                        "items": {
                                          "properties": {
                                            "name": {
                                              "type": "string",
                                              "nullable": true
                                            },
                                            "value": {
                                              "type": "string",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object"
                                        },
                                        "type": "array",
                                        "nullable": true
                                      },
                                      "searches": {
                                        "items": {
                                          "type": "string"
                                        },
                                        "type": "array",
                                        "nullable": true
                                      }
                                    },
                                    "type": "object",
                                    "nullable": true
                                  },
                                  "dnsPolicy": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "enableServiceLinks": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "ephemeralContainers": {
                                    "items": {
                                      "properties": {
                                        "args": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "command": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "env": {
                                          "items": {
                                            "properties": {
                                              "name": {
                                                "type": "string"
                                              },
                                              "value": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "valueFrom": {
                                                "properties": {
                                                  "configMapKeyRef": {
                                                    "properties": {
                                                      "key": {
                                                        "type": "string"
                                                      },
                                                      "name": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "optional": {
                                                        "type": "boolean",
                                                        "nullable": true
                                                      }
                                                    },
                                                    "required": [
                                                      "key"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "fieldRef": {
                                                    "properties": {
                                                      "apiVersion": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "fieldPath": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "fieldPath"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "resourceFieldRef": {
                                                    "properties": {
                                                      "containerName": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "divisor": {
                                                        "oneOf": [
                                                          {
                                                            "anyOf": [
                                                              {
                                                                "type": "integer"
                                                              },
                                                              {
                                                                "type": "string"
                                                              }
                                                            ],
                                                            "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"
                                                          },
                                                          {
                                                            "type": "null"
                                                          }
                                                        ]
                                                      },
                                                      "resource": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "resource"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "secretKeyRef": {
                                                    "properties": {
                                                      "key": {
                                                        "type": "string"
                                                      },
                                                      "name": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "optional": {
                                                        "type": "boolean",
                                                        "nullable": true
                                                      }
                                                    },
                                                    "required": [
                                                      "key"
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
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "envFrom": {
                                          "items": {
                                            "properties": {
                                              "configMapRef": {
                                                "properties": {
                                                  "name": {
                                                    "type": "string",
                                                    "nullable": true
                                                  },
                                                  "optional": {
                                                    "type": "boolean",
                                                    "nullable": true
                                                  }
                                                },
                                                "type": "object",
                                                "nullable": true
                                              },
                                              "prefix": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "secretRef": {
                                                "properties": {
                                                  "name": {
                                                    "type": "string",
                                                    "nullable": true
                                                  },
                                                  "optional": {
                                                    "type": "boolean",
                                                    "nullable": true
                                                  }
                                                },
                                                "type": "object",
                                                "nullable": true
                                              }
                                            },
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "image": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "imagePullPolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "lifecycle": {
                                          "properties": {
                                            "postStart": {
                                              "properties": {
                                                "exec": {
                                                  "properties": {
                                                    "command": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "httpGet": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "httpHeaders": {
                                                      "items": {
                                                        "properties": {
                                                          "name": {
                                                            "type": "string"
                                                          },
                                                          "value": {
                                                            "type": "string"
                                                          }
                                                        },
                                                        "required": [
                                                          "name",
                                                          "value"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "path": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    },
                                                    "scheme": {
                                                      "type": "string",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "tcpSocket": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "preStop": {
                                              "properties": {
                                                "exec": {
                                                  "properties": {
                                                    "command": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "httpGet": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "httpHeaders": {
                                                      "items": {
                                                        "properties": {
                                                          "name": {
                                                            "type": "string"
                                                          },
                                                          "value": {
                                                            "type": "string"
                                                          }
                                                        },
                                                        "required": [
                                                          "name",
                                                          "value"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "path": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    },
                                                    "scheme": {
                                                      "type": "string",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "tcpSocket": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "livenessProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "name": {
                                          "type": "string"
                                        },
                                        "ports": {
                                          "items": {
                                            "properties": {
                                              "containerPort": {
                                                "format": "int32",
                                                "type": "integer"
                                              },
                                              "hostIP": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "hostPort": {
                                                "format": "int32",
                                                "type": "integer",
                                                "nullable": true
                                              },
                                              "name": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "protocol": {
                                                "default": "TCP",
                                                "type": "string",
                                                "nullable": true
                                              }
                                            },
                                            "required": [
                                              "containerPort"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "readinessProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "resources": {
                                          "properties": {
                                            "limits": {
                                              "oneOf": [
                                                {},
                                                {
                                                  "type": "null"
                                                }
                                              ]
                                            },
                                            "requests": {
                                              "oneOf": [
                                                {},
                                                {
                                                  "type": "null"
                                                }
                                              ]
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "securityContext": {
                                          "properties": {
                                            "allowPrivilegeEscalation": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "capabilities": {
                                              "properties": {
                                                "add": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "drop": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "privileged": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "procMount": {
                                              "type": "string",
                                              "nullable": true
                                            },
                                            "readOnlyRootFilesystem": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "runAsGroup": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "runAsNonRoot": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "runAsUser": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "seLinuxOptions": {
                                              "properties": {
                                                "level": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "role": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "type": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "user": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "seccompProfile": {
                                              "properties": {
                                                "localhostProfile": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "type": {
                                                  "type": "string"
                                                }
                                              },
                                              "required": [
                                                "type"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "windowsOptions": {
                                              "properties": {
                                                "gmsaCredentialSpec": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "gmsaCredentialSpecName": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "hostProcess": {
                                                  "type": "boolean",
                                                  "nullable": true
                                                },
                                                "runAsUserName": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "startupProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "stdin": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "stdinOnce": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "targetContainerName": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "terminationMessagePath": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "terminationMessagePolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "tty": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "volumeDevices": {
                                          "items": {
                                            "properties": {
                                              "devicePath": {
                                                "type": "string"
                                              },
                                              "name": {
                                                "type": "string"
                                              }
                                            },
                                            "required": [
                                              "devicePath",
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "volumeMounts": {
                                          "items": {
                                            "properties": {
                                              "mountPath": {
                                                "type": "string"
                                              },
                                              "mountPropagation": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "name": {
                                                "type": "string"
                                              },
                                              "readOnly": {
                                                "type": "boolean",
                                                "nullable": true
                                              },
                                              "subPath": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "subPathExpr": {
                                                "type": "string",
                                                "nullable": true
                                              }
                                            },
                                            "required": [
                                              "mountPath",
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "workingDir": {
                                          "type": "string",
                                          "nullable": true
                                        }
                                      },
                                      "required": [
                                        "name"
                                      ],
                                      "type": "object"
                                    },
                                    "type": "array",
                                    "nullable": true
                                  },
                                  "hostAliases": {
                                    "items": {
                                      "properties": {
                                        "hostnames": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "ip": {
                                          "type": "string",
                                          "nullable": true
                                        }
                                      },
                                      "type": "object"
                                    },
                                    "type": "array",
                                    "nullable": true
                                  },
                                  "hostIPC": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "hostNetwork": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "hostPID": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "hostUsers": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "hostname": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "imagePullSecrets": {
                                    "items": {
                                      "properties": {
                                        "name": {
                                          "type": "string",
                                          "nullable": true
                                        }
                                      },
                                      "type": "object"
                                    },
                                    "type": "array",
                                    "nullable": true
                                  },
                                  "initContainers": {
                                    "items": {
                                      "properties": {
                                        "args": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "command": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "env": {
                                          "items": {
                                            "properties": {
                                              "name": {
                                                "type": "string"
                                              },
                                              "value": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "valueFrom": {
                                                "properties": {
                                                  "configMapKeyRef": {
                                                    "properties": {
                                                      "key": {
                                                        "type": "string"
                                                      },
                                                      "name": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "optional": {
                                                        "type": "boolean",
                                                        "nullable": true
                                                      }
                                                    },
                                                    "required": [
                                                      "key"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "fieldRef": {
                                                    "properties": {
                                                      "apiVersion": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "fieldPath": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "fieldPath"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "resourceFieldRef": {
                                                    "properties": {
                                                      "containerName": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "divisor": {
                                                        "oneOf": [
                                                          {
                                                            "anyOf": [
                                                              {
                                                                "type": "integer"
                                                              },
                                                              {
                                                                "type": "string"
                                                              }
                                                            ],
                                                            "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"
                                                          },
                                                          {
                                                            "type": "null"
                                                          }
                                                        ]
                                                      },
                                                      "resource": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "resource"
                                                    ],
                                                    "type": "object",
                                                    "nullable": true
                                                  },
                                                  "secretKeyRef": {
                                                    "properties": {
                                                      "key": {
                                                        "type": "string"
                                                      },
                                                      "name": {
                                                        "type": "string",
                                                        "nullable": true
                                                      },
                                                      "optional": {
                                                        "type": "boolean",
                                                        "nullable": true
                                                      }
                                                    },
                                                    "required": [
                                                      "key"
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
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "envFrom": {
                                          "items": {
                                            "properties": {
                                              "configMapRef": {
                                                "properties": {
                                                  "name": {
                                                    "type": "string",
                                                    "nullable": true
                                                  },
                                                  "optional": {
                                                    "type": "boolean",
                                                    "nullable": true
                                                  }
                                                },
                                                "type": "object",
                                                "nullable": true
                                              },
                                              "prefix": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "secretRef": {
                                                "properties": {
                                                  "name": {
                                                    "type": "string",
                                                    "nullable": true
                                                  },
                                                  "optional": {
                                                    "type": "boolean",
                                                    "nullable": true
                                                  }
                                                },
                                                "type": "object",
                                                "nullable": true
                                              }
                                            },
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "image": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "imagePullPolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "lifecycle": {
                                          "properties": {
                                            "postStart": {
                                              "properties": {
                                                "exec": {
                                                  "properties": {
                                                    "command": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "httpGet": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "httpHeaders": {
                                                      "items": {
                                                        "properties": {
                                                          "name": {
                                                            "type": "string"
                                                          },
                                                          "value": {
                                                            "type": "string"
                                                          }
                                                        },
                                                        "required": [
                                                          "name",
                                                          "value"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "path": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    },
                                                    "scheme": {
                                                      "type": "string",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "tcpSocket": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "preStop": {
                                              "properties": {
                                                "exec": {
                                                  "properties": {
                                                    "command": {
                                                      "items": {
                                                        "type": "string"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "httpGet": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "httpHeaders": {
                                                      "items": {
                                                        "properties": {
                                                          "name": {
                                                            "type": "string"
                                                          },
                                                          "value": {
                                                            "type": "string"
                                                          }
                                                        },
                                                        "required": [
                                                          "name",
                                                          "value"
                                                        ],
                                                        "type": "object"
                                                      },
                                                      "type": "array",
                                                      "nullable": true
                                                    },
                                                    "path": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    },
                                                    "scheme": {
                                                      "type": "string",
                                                      "nullable": true
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                },
                                                "tcpSocket": {
                                                  "properties": {
                                                    "host": {
                                                      "type": "string",
                                                      "nullable": true
                                                    },
                                                    "port": {
                                                      "anyOf": [
                                                        {
                                                          "type": "integer"
                                                        },
                                                        {
                                                          "type": "string"
                                                        }
                                                      ]
                                                    }
                                                  },
                                                  "required": [
                                                    "port"
                                                  ],
                                                  "type": "object",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "livenessProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "name": {
                                          "type": "string"
                                        },
                                        "ports": {
                                          "items": {
                                            "properties": {
                                              "containerPort": {
                                                "format": "int32",
                                                "type": "integer"
                                              },
                                              "hostIP": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "hostPort": {
                                                "format": "int32",
                                                "type": "integer",
                                                "nullable": true
                                              },
                                              "name": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "protocol": {
                                                "default": "TCP",
                                                "type": "string",
                                                "nullable": true
                                              }
                                            },
                                            "required": [
                                              "containerPort"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "readinessProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "resources": {
                                          "properties": {
                                            "limits": {
                                              "oneOf": [
                                                {},
                                                {
                                                  "type": "null"
                                                }
                                              ]
                                            },
                                            "requests": {
                                              "oneOf": [
                                                {},
                                                {
                                                  "type": "null"
                                                }
                                              ]
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "securityContext": {
                                          "properties": {
                                            "allowPrivilegeEscalation": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "capabilities": {
                                              "properties": {
                                                "add": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "drop": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "privileged": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "procMount": {
                                              "type": "string",
                                              "nullable": true
                                            },
                                            "readOnlyRootFilesystem": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "runAsGroup": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "runAsNonRoot": {
                                              "type": "boolean",
                                              "nullable": true
                                            },
                                            "runAsUser": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "seLinuxOptions": {
                                              "properties": {
                                                "level": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "role": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "type": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "user": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "seccompProfile": {
                                              "properties": {
                                                "localhostProfile": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "type": {
                                                  "type": "string"
                                                }
                                              },
                                              "required": [
                                                "type"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "windowsOptions": {
                                              "properties": {
                                                "gmsaCredentialSpec": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "gmsaCredentialSpecName": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "hostProcess": {
                                                  "type": "boolean",
                                                  "nullable": true
                                                },
                                                "runAsUserName": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "startupProbe": {
                                          "properties": {
                                            "exec": {
                                              "properties": {
                                                "command": {
                                                  "items": {
                                                    "type": "string"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                }
                                              },
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "failureThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "grpc": {
                                              "properties": {
                                                "port": {
                                                  "format": "int32",
                                                  "type": "integer"
                                                },
                                                "service": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "httpGet": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "httpHeaders": {
                                                  "items": {
                                                    "properties": {
                                                      "name": {
                                                        "type": "string"
                                                      },
                                                      "value": {
                                                        "type": "string"
                                                      }
                                                    },
                                                    "required": [
                                                      "name",
                                                      "value"
                                                    ],
                                                    "type": "object"
                                                  },
                                                  "type": "array",
                                                  "nullable": true
                                                },
                                                "path": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                },
                                                "scheme": {
                                                  "type": "string",
                                                  "nullable": true
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "initialDelaySeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "periodSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "successThreshold": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "tcpSocket": {
                                              "properties": {
                                                "host": {
                                                  "type": "string",
                                                  "nullable": true
                                                },
                                                "port": {
                                                  "anyOf": [
                                                    {
                                                      "type": "integer"
                                                    },
                                                    {
                                                      "type": "string"
                                                    }
                                                  ]
                                                }
                                              },
                                              "required": [
                                                "port"
                                              ],
                                              "type": "object",
                                              "nullable": true
                                            },
                                            "terminationGracePeriodSeconds": {
                                              "format": "int64",
                                              "type": "integer",
                                              "nullable": true
                                            },
                                            "timeoutSeconds": {
                                              "format": "int32",
                                              "type": "integer",
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "stdin": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "stdinOnce": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "terminationMessagePath": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "terminationMessagePolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "tty": {
                                          "type": "boolean",
                                          "nullable": true
                                        },
                                        "volumeDevices": {
                                          "items": {
                                            "properties": {
                                              "devicePath": {
                                                "type": "string"
                                              },
                                              "name": {
                                                "type": "string"
                                              }
                                            },
                                            "required": [
                                              "devicePath",
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "volumeMounts": {
                                          "items": {
                                            "properties": {
                                              "mountPath": {
                                                "type": "string"
                                              },
                                              "mountPropagation": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "name": {
                                                "type": "string"
                                              },
                                              "readOnly": {
                                                "type": "boolean",
                                                "nullable": true
                                              },
                                              "subPath": {
                                                "type": "string",
                                                "nullable": true
                                              },
                                              "subPathExpr": {
                                                "type": "string",
                                                "nullable": true
                                              }
                                            },
                                            "required": [
                                              "mountPath",
                                              "name"
                                            ],
                                            "type": "object"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "workingDir": {
                                          "type": "string",
                                          "nullable": true
                                        }
                                      },
                                      "required": [
                                        "name"
                                      ],
                                      "type": "object"
                                    },
                                    "type": "array",
                                    "nullable": true
                                  },
                                  "nodeName": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "nodeSelector": {
                                    "additionalProperties": {
                                      "type": "string"
                                    },
                                    "type": "object",
                                    "properties": {},
                                    "nullable": true
                                  },
                                  "os": {
                                    "properties": {
                                      "name": {
                                        "type": "string"
                                      }
                                    },
                                    "required": [
                                      "name"
                                    ],
                                    "type": "object",
                                    "nullable": true
                                  },
                                  "overhead": {
                                    "additionalProperties": {
                                      "anyOf": [
                                        {
                                          "type": "integer"
                                        },
                                        {
                                          "type": "string"
                                        }
                                      ],
                                      "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"
                                    },
                                    "type": "object",
                                    "properties": {},
                                    "nullable": true
                                  },
                                  "preemptionPolicy": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "priority": {
                                    "format": "int32",
                                    "type": "integer",
                                    "nullable": true
                                  },
                                  "priorityClassName": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "readinessGates": {
                                    "items": {
                                      "properties": {
                                        "conditionType": {
                                          "type": "string"
                                        }
                                      },
                                      "required": [
                                        "conditionType"
                                      ],
                                      "type": "object"
                                    },
                                    "type": "array",
                                    "nullable": true
                                  },
                                  "restartPolicy": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "runtimeClassName": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "schedulerName": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "securityContext": {
                                    "properties": {
                                      "fsGroup": {
                                        "format": "int64",
                                        "type": "integer",
                                        "nullable": true
                                      },
                                      "fsGroupChangePolicy": {
                                        "type": "string",
                                        "nullable": true
                                      },
                                      "runAsGroup": {
                                        "format": "int64",
                                        "type": "integer",
                                        "nullable": true
                                      },
                                      "runAsNonRoot": {
                                        "type": "boolean",
                                        "nullable": true
                                      },
                                      "runAsUser": {
                                        "format": "int64",
                                        "type": "integer",
                                        "nullable": true
                                      },
                                      "seLinuxOptions": {
                                        "properties": {
                                          "level": {
                                            "type": "string",
                                            "nullable": true
                                          },
                                          "role": {
                                            "type": "string",
                                            "nullable": true
                                          },
                                          "type": {
                                            "type": "string",
                                            "nullable": true
                                          },
                                          "user": {
                                            "type": "string",
                                            "nullable": true
                                          }
                                        },
                                        "type": "object",
                                        "nullable": true
                                      },
                                      "seccompProfile": {
                                        "properties": {
                                          "localhostProfile": {
                                            "type": "string",
                                            "nullable": true
                                          },
                                          "type": {
                                            "type": "string"
                                          }
                                        },
                                        "required": [
                                          "type"
                                        ],
                                        "type": "object",
                                        "nullable": true
                                      },
                                      "supplementalGroups": {
                                        "items": {
                                          "format": "int64",
                                          "type": "integer"
                                        },
                                        "type": "array",
                                        "nullable": true
                                      },
                                      "sysctls": {
                                        "items": {
                                          "properties": {
                                            "name": {
                                              "type": "string"
                                            },
                                            "value": {
                                              "type": "string"
                                            }
                                          },
                                          "required": [
                                            "name",
                                            "value"
                                          ],
                                          "type": "object"
                                        },
                                        "type": "array",
                                        "nullable": true
                                      },
                                      "windowsOptions": {
                                        "properties": {
                                          "gmsaCredentialSpec": {
                                            "type": "string",
                                            "nullable": true
                                          },
                                          "gmsaCredentialSpecName": {
                                            "type": "string",
                                            "nullable": true
                                          },
                                          "hostProcess": {
                                            "type": "boolean",
                                            "nullable": true
                                          },
                                          "runAsUserName": {
                                            "type": "string",
                                            "nullable": true
                                          }
                                        },
                                        "type": "object",
                                        "nullable": true
                                      }
                                    },
                                    "type": "object",
                                    "nullable": true
                                  },
                                  "serviceAccount": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "serviceAccountName": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "setHostnameAsFQDN": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "shareProcessNamespace": {
                                    "type": "boolean",
                                    "nullable": true
                                  },
                                  "subdomain": {
                                    "type": "string",
                                    "nullable": true
                                  },
                                  "terminationGracePeriodSeconds": {
                                    "format": "int64",
                                    "type": "integer",
                                    "nullable": true
                                  },
                                  "tolerations": {
                                    "items": {
                                      "properties": {
                                        "effect": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "key": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "operator": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "tolerationSeconds": {
                                          "format": "int64",
                                          "type": "integer",
                                          "nullable": true
                                        },
                                        "value": {
                                          "type": "string",
                                          "nullable": true
                                        }
                                      },
                                      "type": "object"
                                    },
                                    "type": "array",
                                    "nullable": true
                                  },
                                  "topologySpreadConstraints": {
                                    "items": {
                                      "properties": {
                                        "labelSelector": {
                                          "properties": {
                                            "matchExpressions": {
                                              "items": {
                                                "properties": {
                                                  "key": {
                                                    "type": "string"
                                                  },
                                                  "operator": {
                                                    "type": "string"
                                                  },
                                                  "values": {
                                                    "items": {
                                                      "type": "string"
                                                    },
                                                    "type": "array",
                                                    "nullable": true
                                                  }
                                                },
                                                "required": [
                                                  "key",
                                                  "operator"
                                                ],
                                                "type": "object"
                                              },
                                              "type": "array",
                                              "nullable": true
                                            },
                                            "matchLabels": {
                                              "additionalProperties": {
                                                "type": "string"
                                              },
                                              "type": "object",
                                              "properties": {},
                                              "nullable": true
                                            }
                                          },
                                          "type": "object",
                                          "nullable": true
                                        },
                                        "matchLabelKeys": {
                                          "items": {
                                            "type": "string"
                                          },
                                          "type": "array",
                                          "nullable": true
                                        },
                                        "maxSkew": {
                                          "format": "int32",
                                          "type": "integer"
                                        },
                                        "minDomains": {
                                          "format": "int32",
                                          "type": "integer",
                                          "nullable": true
                                        },
                                        "nodeAffinityPolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "nodeTaintsPolicy": {
                                          "type": "string",
                                          "nullable": true
                                        },
                                        "topologyKey": {
                                          "type": "string"
                                        },
                                        "whenUnsatisfiable": {
                                          "type": "string"
                                        }
                                      },
                                      "required": [
                                        "maxSkew",
                                        "topologyKey",
                                        "whenUnsatisfiable"
                                      ],
                                      "type": "object"
                                    },
                                    "type": "array",
                                    "nullable": true
                                  },
                                  "volumes": {
                                    "oneOf": [
                                      {},
                                      {
                                        "type": "null"
                                      }
                                    ]
                                  }
                                },
                                "required": [
                                  "containers"
                                ],
                                "type": "object",
                                "nullable": true
                              }
                            },
                            "type": "object"
                          },
                          "ttlSecondsAfterFinished": {
                            "format": "int32",
                            "type": "integer",
                            "nullable": true
                          }
                        },
                        "required": [
                          "template"
                        ],
                        "type": "object"
                      }
                    },
                    "required": [
                      "spec"
                    ],
                    "type": "object",
                    "nullable": true
                  },
                  "kayenta": {
                    "properties": {
                      "address": {
                        "type": "string"
                      },
                      "application": {
                        "type": "string"
                      },
                      "canaryConfigName": {
                        "type": "string"
                      },
                      "configurationAccountName": {
                        "type": "string"
                      },
                      "metricsAccountName": {
                        "type": "string"
                      },
                      "scopes": {
                        "items": {
                          "properties": {
                            "controlScope": {
                              "properties": {
                                "end": {
                                  "type": "string"
                                },
                                "region": {
                                  "type": "string"
                                },
                                "scope": {
                                  "type": "string"
                                },
                                "start": {
                                  "type": "string"
                                },
                                "step": {
                                  "format": "int64",
                                  "type": "integer"
                                }
                              },
                              "required": [
                                "end",
                                "region",
                                "scope",
                                "start",
                                "step"
                              ],
                              "type": "object"
                            },
                            "experimentScope": {
                              "properties": {
                                "end": {
                                  "type": "string"
                                },
                                "region": {
                                  "type": "string"
                                },
                                "scope": {
                                  "type": "string"
                                },
                                "start": {
                                  "type": "string"
                                },
                                "step": {
                                  "format": "int64",
                                  "type": "integer"
                                }
                              },
                              "required": [
                                "end",
                                "region",
                                "scope",
                                "start",
                                "step"
                              ],
                              "type": "object"
                            },
                            "name": {
                              "type": "string"
                            }
                          },
                          "required": [
                            "controlScope",
                            "experimentScope",
                            "name"
                          ],
                          "type": "object"
                        },
                        "type": "array"
                      },
                      "storageAccountName": {
                        "type": "string"
                      },
                      "threshold": {
                        "properties": {
                          "marginal": {
                            "format": "int64",
                            "type": "integer"
                          },
                          "pass": {
                            "format": "int64",
                            "type": "integer"
                          }
                        },
                        "required": [
                          "marginal",
                          "pass"
                        ],
                        "type": "object"
                      }
                    },
                    "required": [
                      "address",
                      "application",
                      "canaryConfigName",
                      "configurationAccountName",
                      "metricsAccountName",
                      "scopes",
                      "storageAccountName",
                      "threshold"
                    ],
                    "type": "object",
                    "nullable": true
                  },
                  "newRelic": {
                    "properties": {
                      "profile": {
                        "type": "string",
                        "nullable": true
                      },
                      "query": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "query"
                    ],
                    "type": "object",
                    "nullable": true
                  },
                  "plugin": {
                    "type": "object",
                    "properties": {},
                    "nullable": true
                  },
                  "prometheus": {
                    "properties": {
                      "address": {
                        "type": "string",
                        "nullable": true
                      },
                      "query": {
                        "type": "string",
                        "nullable": true
                      }
                    },
                    "type": "object",
                    "nullable": true
                  },
                  "skywalking": {
                    "properties": {
                      "address": {
                        "type": "string",
                        "nullable": true
                      },
                      "interval": {
                        "type": "string",
                        "nullable": true
                      },
                      "query": {
                        "type": "string",
                        "nullable": true
                      }
                    },
                    "type": "object",
                    "nullable": true
                  },
                  "wavefront": {
                    "properties": {
                      "address": {
                        "type": "string",
                        "nullable": true
                      },
                      "query": {
                        "type": "string",
                        "nullable": true
                      }
                    },
                    "type": "object",
                    "nullable": true
                  },
                  "web": {
                    "properties": {
                      "body": {
                        "type": "string",
                        "nullable": true
                      },
                      "headers": {
                        "items": {
                          "properties": {
                            "key": {
                              "type": "string"
                            },
                            "value": {
                              "type": "string"
                            }
                          },
                          "required": [
                            "key",
                            "value"
                          ],
                          "type": "object"
                        },
                        "type": "array",
                        "nullable": true
                      },
                      "insecure": {
                        "type": "boolean",
                        "nullable": true
                      },
                      "jsonBody": {
                        "type": "object",
                        "properties": {},
                        "nullable": true
                      },
                      "jsonPath": {
                        "type": "string",
                        "nullable": true
                      },
                      "method": {
                        "type": "string",
                        "nullable": true
                      },
                      "timeoutSeconds": {
                        "format": "int64",
                        "type": "integer",
                        "nullable": true
                      },
                      "url": {
                        "type": "string"
                      }
                    },
                    "required": [
                      "url"
                    ],
                    "type": "object",
                    "nullable": true
                  }
                },
                "type": "object"
              },
              "successCondition": {
                "type": "string",
                "nullable": true
              }
            },
            "required": [
              "name",
              "provider"
            ],
            "type": "object"
          },
          "type": "array"
        },
        "terminate": {
          "type": "boolean",
          "nullable": true
        }
      },
      "required": [
        "metrics"
      ],
      "type": "object"
    },
    "status": {
      "properties": {
        "dryRunSummary": {
          "properties": {
            "count": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "error": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "failed": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "inconclusive": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "successful": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            }
          },
          "type": "object",
          "nullable": true
        },
        "message": {
          "type": "string",
          "nullable": true
        },
        "metricResults": {
          "items": {
            "properties": {
              "consecutiveError": {
                "format": "int32",
                "type": "integer",
                "nullable": true
              },
              "count": {
                "format": "int32",
                "type": "integer",
                "nullable": true
              },
              "dryRun": {
                "type": "boolean",
                "nullable": true
              },
              "error": {
                "format": "int32",
                "type": "integer",
                "nullable": true
              },
              "failed": {
                "format": "int32",
                "type": "integer",
                "nullable": true
              },
              "inconclusive": {
                "format": "int32",
                "type": "integer",
                "nullable": true
              },
              "measurements": {
                "items": {
                  "properties": {
                    "finishedAt": {
                      "format": "date-time",
                      "type": "string",
                      "nullable": true
                    },
                    "message": {
                      "type": "string",
                      "nullable": true
                    },
                    "metadata": {
                      "additionalProperties": {
                        "type": "string"
                      },
                      "type": "object",
                      "properties": {},
                      "nullable": true
                    },
                    "phase": {
                      "type": "string"
                    },
                    "resumeAt": {
                      "format": "date-time",
                      "type": "string",
                      "nullable": true
                    },
                    "startedAt": {
                      "format": "date-time",
                      "type": "string",
                      "nullable": true
                    },
                    "value": {
                      "type": "string",
                      "nullable": true
                    }
                  },
                  "required": [
                    "phase"
                  ],
                  "type": "object"
                },
                "type": "array",
                "nullable": true
              },
              "message": {
                "type": "string",
                "nullable": true
              },
              "metadata": {
                "additionalProperties": {
                  "type": "string"
                },
                "type": "object",
                "properties": {},
                "nullable": true
              },
              "name": {
                "type": "string"
              },
              "phase": {
                "type": "string"
              },
              "successful": {
                "format": "int32",
                "type": "integer",
                "nullable": true
              }
            },
            "required": [
              "name",
              "phase"
            ],
            "type": "object"
          },
          "type": "array",
          "nullable": true
        },
        "phase": {
          "type": "string"
        },
        "runSummary": {
          "properties": {
            "count": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "error": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "failed": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "inconclusive": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            },
            "successful": {
              "format": "int32",
              "type": "integer",
              "nullable": true
            }
          },
          "type": "object",
          "nullable": true
        },
        "startedAt": {
          "format": "date-time",
          "type": "string",
          "nullable": true
        }
      },
      "required": [
        "phase"
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
var AnalysisRun = class _AnalysisRun extends Model {
  constructor(data) {
    super({
      apiVersion: _AnalysisRun.apiVersion,
      kind: _AnalysisRun.kind,
      ...data
    });
  }
};
AnalysisRun.apiVersion = "argoproj.io/v1alpha1";
AnalysisRun.kind = "AnalysisRun";
AnalysisRun.is = createTypeMetaGuard(AnalysisRun);
setSchema(AnalysisRun, schemaId, () => {
  addSchema();
  register(schemaId, schema);
});
export {
  AnalysisRun
};
