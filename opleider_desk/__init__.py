"""OpleiderDesk: the GP trainer's desk for training aios in the practice."""

__version__ = "0.1.0"
APP_NAME = "OpleiderDesk"
APP_ID = "opleider-desk"
ORG_NAME = "OpleiderDesk"
