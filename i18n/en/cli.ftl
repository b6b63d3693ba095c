### Command-line messages: errors, warnings and output headings.
### English (United Kingdom). Every id here must also exist in i18n/cy/cli.ftl.
