### Negeseuon y llinell orchymyn: gwallau, rhybuddion a phenawdau allbwn.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/cli.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).
