### Messages about answers, records and files, shown by both the command line and the interface.
### English (United Kingdom). Every id here must also exist in i18n/cy/domain.ftl.
