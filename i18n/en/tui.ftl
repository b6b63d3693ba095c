### The full-screen interface: screens, key hints, help, notices.
### English (United Kingdom). Every id here must also exist in i18n/cy/tui.ftl.
