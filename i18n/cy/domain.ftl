### Negeseuon am atebion, cofnodion a ffeiliau, a ddangosir gan y llinell orchymyn a’r rhyngwyneb.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/domain.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).
