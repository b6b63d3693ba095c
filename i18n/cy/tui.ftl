### Y rhyngwyneb sgrin lawn: sgriniau, awgrymiadau bysellau, cymorth, hysbysiadau.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/tui.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).
