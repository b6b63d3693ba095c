### Command-line messages: errors, warnings and output headings.
### English (United Kingdom). Every id here must also exist in i18n/cy/cli.ftl.

## Errors and warnings. "wia", option names and file names stay as they are.
# Before an error that has no file and place of its own.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-no-data-dir = no data directory: this system has no home folder; pass --data-dir DIR or set WIA_DATA_DIR
cli-unknown-lang = `{ $code }` is not a language wia speaks; use en (English) or cy (Cymraeg)

## RECORD arguments: a file, or the start of a record id.
cli-record-none-yet = no file `{ $arg }`, and no records in { $dir } yet
cli-record-not-found = no file `{ $arg }` and no record whose id starts with `{ $arg }` in { $dir }
# $more is empty or a space and domain-and-more.
cli-record-ambiguous = `{ $arg }` starts { $count } record ids ({ $ids }{ $more }); give more of the id

## wia new
cli-new-no-bundled-questionnaire = no bundled questionnaire `{ $id }` (bundled: { $bundled }); pass its file with --questionnaire FILE
# $flags is empty, or a comma, a space and count-flags.
cli-new-saved-final = Saved final assessment { $id } (rating: { $band }{ $flags }).

## wia template
cli-template-exists = { $path } already exists; not overwriting it (it may hold answers). Choose another name.
cli-template-wrote = wrote { $path }; fill it in, then run: wia new --answers { $path }

## wia verify
cli-verify-unreadable = { $name }: cannot be verified: it is not a readable assessment record
cli-verify-what-final = final record { $id }
cli-verify-what-draft = draft record { $id }
cli-verify-intact = { $name }: intact: { $what }, digest { $digest }
cli-verify-reformatted = { $name }: note: the content matches its digest, but the layout or comments differ from what wia wrote
cli-verify-altered = { $name }: ALTERED: { $what } does not match its digest; it was changed after it was saved
# The two digest lines are aligned: keep their labels the same length.
cli-verify-digest-stored = digest in the record:  { $digest }
cli-verify-digest-actual = digest of the content: { $digest }
cli-verify-ask-assessor = Ask the assessor for the record as they saved it.
cli-verify-undigestible = { $name }: ALTERED: { $what } cannot be digested ({ $why }); wia never writes such a record
cli-verify-unsigned = { $name }: ALTERED: { $what } has no digest, so it cannot be trusted; records written by wia always have one

## wia score
cli-score-digest-mismatch = warning: record { $id } does not match its digest: it was changed after it was saved (see `wia verify`)
cli-score-no-results = record { $id } is final but holds no results; it was not written by wia or was edited
cli-score-results-differ = record { $id }: the stored results differ from the results recomputed from its answers:
cli-score-rating = Rating: { $band }
cli-score-rating-basis = { $role }: { $hours } h a week per person
# The three labels of a role's figures; they are padded to one width.
cli-score-per-person = per person
cli-score-across-wales = across Wales
cli-score-fte = FTE
cli-score-hours-a-week = { $hours } h a week
cli-score-hours-a-year = { $hours } h a year
cli-score-ranges-note = Expected figures, with low to high ranges in brackets; negative figures are time saved.
cli-score-no-role-affected = (no task changes any role's hours)
cli-score-flags = Flags:
cli-score-none = none
cli-score-drivers = Drivers (expected hours a year across Wales):
cli-severity-info = info
cli-severity-warning = warning
cli-severity-serious = serious

## --help. Ids: cli-help-<subcommand>-about, -long-about (the about, a blank line, more),
## cli-help-<subcommand>-arg-<argument>, or cli-help-arg-<argument> for an argument that
## reads the same under every subcommand. The English must match the doc comments in
## src/cli/mod.rs (a test checks that English help is unchanged).
cli-help-about = Workload impact assessments of education policy in Wales
cli-help-long-about =
    Workload impact assessments of education policy in Wales.

    Estimates the hours a proposed policy adds to or removes from the work of teachers, school leaders, ALNCos, support staff and school business managers (Standard Cost Model), rates the impact, and writes a record and a one-page summary for the Strategic Workload Coordination Group.
cli-help-after =
    Examples:
      wia                     (the home screen: new assessment, resume a draft)
      wia assess
      wia template -o my-policy.answers.yaml
      wia new --answers my-policy.answers.yaml
      wia new --answers examples/aln-idp-review.answers.yaml
      wia check questionnaires/wia-policy.yaml
      wia score <RECORD> --format json
      wia summary <RECORD> -o summary.md
      wia verify <RECORD>

    RECORD is a record file, or the id of a record in the data directory (any unique
    start of it, like a git commit). Records live in the data directory: set it with
    --data-dir or WIA_DATA_DIR to share one folder across a team.

    Exit codes: 0 success; 1 invalid input, a failed check or an altered record, or
    assess, review or log without a terminal; 2 a file that cannot be read or found, or
    a mistake on the command line (no command at all, without a terminal).

    Environment:
      WIA_DATA_DIR        the data folder (records, summaries, drafts, evidence)
      WIA_CONFIG_DIR      the settings folder (config.yaml, trusted signers)
      WIA_CACHE_DIR       the cache folder (what the review list learnt)
      WIA_LANG            en or cy, as --lang
      WIA_KEY_PASSPHRASE  the signing key's passphrase, for scripts
      WIA_GLYPHS          basic or full: the symbols the interface draws
      WIA_GIT             the git program `wia sync` runs
      NO_COLOR            set and not empty: no colour
    The settings file (config.yaml) and every variable: docs/settings.md.
cli-help-arg-data-dir = Folder holding records, summaries and questionnaires [default: $WIA_DATA_DIR, else the platform data folder]
cli-help-arg-lang = Language of the interface and output: en (English) or cy (Cymraeg) [default: $WIA_LANG, else the language chosen last time, else the system's]
cli-help-arg-record = Record file, or record id (or a unique start of it) in the data directory
cli-help-arg-questionnaire = Questionnaire file, when the record's own cannot be found

cli-help-assess-about = Fill in an assessment in the full-screen interface, with the score shown live
cli-help-assess-long-about =
    Fill in an assessment in the full-screen interface, with the score shown live

    Asks for your name and organisation, then walks through the questionnaire section by section. Every change is saved to a draft at once; finalising writes the record and summary exactly as `wia new` does. `wia` alone opens the home screen.
cli-help-assess-arg-questionnaire = Questionnaire file to use instead of the bundled wia-policy questionnaire
cli-help-assess-arg-resume = Resume the draft with this id (or a unique start of it)

cli-help-check-about = Validate questionnaire files: syntax, structure, ids, conditions, flags, bands
cli-help-check-long-about =
    Validate questionnaire files: syntax, structure, ids, conditions, flags, bands

    Every problem is listed as FILE:LINE:COLUMN. Exit 0 when all files are valid, 1 when any is invalid (or, with --require-lang, lacks a translation), 2 when a file cannot be read.
cli-help-check-arg-files = Questionnaire files (YAML)
cli-help-check-arg-require-lang = Fail, naming each one, when any text has nothing in this language (cy or en)

cli-help-new-about = Make an assessment record and its summary from an answers file
cli-help-new-long-about =
    Make an assessment record and its summary from an answers file

    The answers file names the questionnaire, the assessor and the answers (see docs/questionnaire-format.md and examples/). Every problem is listed, not just the first. Prints the paths of the record and the summary.
cli-help-new-arg-answers = Answers file (YAML): questionnaire, assessor, optional headcounts, answers
cli-help-new-arg-questionnaire = Questionnaire file to use instead of the bundled one the answers name
cli-help-new-arg-draft = Save a draft to resume later (`wia assess --resume ID`): missing answers are allowed

cli-help-template-about = Write an answers file to fill in: every question with its options, hints and conditions
cli-help-template-long-about =
    Write an answers file to fill in: every question with its options, hints and conditions

    Start here to make an assessment from the command line: fill in the file, then run `wia new --answers FILE`.
cli-help-template-arg-questionnaire = Questionnaire file [default: the bundled wia-policy questionnaire]
cli-help-template-arg-output = Write to this new file instead of printing (an existing file is never overwritten)

cli-help-score-about = Recompute a record's results from its answers and print them
cli-help-score-long-about =
    Recompute a record's results from its answers and print them

    For a final record, exits 1 and says what differs when the recomputed results are not the ones stored.

cli-help-summary-about = Print or write the one-page Strategic Group summary (Markdown or HTML) of a record
cli-help-summary-arg-output = Write the summary to this file instead of printing it
cli-help-summary-arg-bilingual = Welsh and English side by side, Welsh first (instead of the --lang language)

cli-help-verify-about = Check that a record was not changed after it was saved, and who signed it
cli-help-verify-long-about =
    Check that a record was not changed after it was saved, and who signed it

    Exit 0 when its content matches its digest and any signature on it or its summary is good and by a signer you trust; 1 when it was altered, carries no digest, or has a bad or untrusted signature (or none, with --require-signature).

cli-help-help-about = Print this message or the help of the given subcommand(s)

## The parts of the help clap writes itself. English help keeps clap's own words, so these
## are used only for other languages; the English is here to show what each one is.
cli-help-arg-help = Print help (see more with '--help')
cli-help-arg-help-long = Print help (see a summary with '-h')
cli-help-arg-version = Print version
cli-help-heading-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-default = default: { $value }
cli-help-possible-values = possible values: { $values }
# Placeholders in the usage line and beside options, in capitals.
cli-help-value-options = OPTIONS
cli-help-value-command = COMMAND
cli-help-value-dir = DIR
cli-help-value-lang = LANG
cli-help-value-file = FILE
cli-help-value-id = ID
cli-help-value-record = RECORD
cli-help-value-format = FORMAT

## --help of the evidence log.
cli-help-log-about = Log evidence of what causes workload in a school: the form, or `add` with flags
cli-help-log-long-about =
    Log evidence of what causes workload in a school: the form, or `add` with flags

    `wia log` opens a short form (date, school, local authority, cause, policy, roles, staff, hours, how often, description); the school and authority are remembered. `wia log add --cause meetings --roles teacher --staff 4 --hours 1 --frequency per_week` adds an entry from the command line and prints its id.
cli-help-log-add-about = Add one entry to the evidence log and print its id
cli-help-log-add-arg-date = When the work was done, YYYY-MM-DD [default: today]
cli-help-log-add-arg-school = The school's name [default: the one remembered]
cli-help-log-add-arg-authority = Local authority: an id such as cardiff, or its name in English or Welsh [default: the one remembered]
cli-help-log-add-arg-cause = What caused the work: data_returns, aln_paperwork, inspection, grants, meetings, cover_absence, behaviour_wellbeing, parents, curriculum_reform, other_services, other
cli-help-log-add-arg-policy = The policy or assessment it relates to (optional)
cli-help-log-add-arg-roles = Roles affected, separated by commas: teacher, leader, alnco, support_staff, business_manager
cli-help-log-add-arg-staff = How many staff do this work
cli-help-log-add-arg-hours = Hours for one person each time (more than 0, at most 24)
cli-help-log-add-arg-frequency = How often: once, per_week, per_term, per_year
cli-help-log-add-arg-description = What the work was and why it fell to the school
cli-help-evidence-about = Summarise, export or import the evidence log
cli-help-evidence-report-about = Summarise the evidence: hours a year, weekly equivalents, entries, schools, top causes, trend by month
cli-help-evidence-report-arg-from = Only entries dated on or after this day (YYYY-MM-DD)
cli-help-evidence-report-arg-to = Only entries dated on or before this day (YYYY-MM-DD)
cli-help-evidence-report-arg-school = Only this school (case does not matter)
cli-help-evidence-report-arg-authority = Only this local authority (id or name)
cli-help-evidence-report-arg-cause = Only this cause (id or name)
cli-help-evidence-report-arg-by = Group the figures by this
cli-help-evidence-export-about = Write every entry to a CSV file (the columns `import` reads)
cli-help-evidence-export-arg-force = Replace the file if it exists
cli-help-evidence-import-about = Add the rows of a CSV file to the log; nothing is added unless every row is valid
cli-help-evidence-import-long-about =
    Add the rows of a CSV file to the log; nothing is added unless every row is valid

    Columns: id, created, date, school, authority, cause, policy, roles, staff, hours, frequency, description (id, created, policy and description may be empty). Rows whose id is already in the log are left out, so an export can be imported again.
cli-help-value-date = DATE
cli-help-value-name = NAME
cli-help-value-la = LA
cli-help-value-cause = CAUSE
cli-help-value-text = TEXT
cli-help-value-roles = ROLES
cli-help-value-hours = HOURS
cli-help-value-freq = FREQ
cli-help-value-by = BY

## wia check

cli-check-file-error = { $file }: error: { $message }
cli-check-ok = { $file }: ok: questionnaire { $id } { $version }: { $sections }, { $questions }, { $flags }
cli-check-errors-found = { $file }: { $count ->
    [one] { $count } error
   *[other] { $count } errors
} found
cli-check-is-record = this is an assessment record, not a questionnaire; check it with `wia verify`
cli-check-is-answers = this is an answers file, not a questionnaire; make a record from it with `wia new --answers FILE`

# hardening: safe reading
cli-record-empty = no record given: name a record file, or a record id (or the start of one)
cli-record-file-or-id = `{ $arg }` is both a file here and the start of a record id in { $dir }; write ./{ $arg } for the file, or more of the id
cli-verify-renamed = { $name }: ALTERED: { $why }; it is a copy of one record saved under another's name

# hardening: races and partial writes
cli-new-already-saved = Already saved as { $id }: the same answers by the same assessor. No second record was made; its summary was written again.

# hardening: signatures
cli-keys-passphrase-prompt = Passphrase for { $file }:
cli-keys-no-config-dir = no config folder: set WIA_CONFIG_DIR to a folder for your settings and keys
cli-keys-new-exists = { $file } already exists; wia never overwrites a key. Use it with `wia keys use { $file }`, or move it away first.
cli-keys-new-no-passphrase = no passphrase given (or the two did not match): type it at a terminal, or set { $env }
cli-keys-new-passphrase = New passphrase:
cli-keys-new-passphrase-again = The same passphrase again:
cli-keys-new-made = Made a new ed25519 key: { $file } (readable by you only), and its public half beside it (.pub)
cli-keys-none = No signing key yet: records are saved unsigned. Use an existing key with `wia keys use ~/.ssh/id_ed25519 --principal you@example.org`, or make one with `wia keys new --principal you@example.org`.
cli-keys-key = Signing key:  { $file }
cli-keys-fingerprint = Fingerprint:  { $fingerprint }
cli-keys-protected = Passphrase:   yes (asked when signing, or taken from WIA_KEY_PASSPHRASE)
cli-keys-unprotected = Passphrase:   none
cli-keys-publish = Send this line to the people who check your records (they add it with `wia trust add`, or to an OpenSSH allowed_signers file):
cli-keys-principal-placeholder = YOUR-NAME@EXAMPLE.ORG
cli-keys-set-principal = Set the name others will know you by with `wia keys use KEYFILE --principal you@example.org`.
cli-keys-trusted-file = Signers you trust: { $file }
cli-keys-trusted-added = Now trusting { $who }, key { $fingerprint }, in { $file }. Check that fingerprint with { $who } by another way (phone, in person) before relying on it.
cli-keys-trusted-none = You trust no signers yet ({ $file }). Add one with `wia trust add NAME KEY`.
cli-sign-signed = Signed { $id } and its summary with key { $fingerprint }
cli-sign-failed = { $id } is saved but NOT SIGNED: { $why }. Sign it later with `wia sign { $id }`.
cli-sign-altered = { $name } is not as it was saved (see `wia verify`); wia will not sign it
cli-sign-no-key = No signing key is set up: see `wia keys show`.
cli-verify-sig-trusted = { $name }: signed by { $who } (trusted), key { $fingerprint }
cli-verify-sig-unsigned = { $name }: not signed
cli-verify-sig-required = { $name }: NOT SIGNED, and a signature is required
cli-verify-sig-untrusted = { $name }: SIGNED BY A KEY YOU DO NOT TRUST ({ $fingerprint }). If you know whose it is, check the fingerprint with them and add it with `wia trust add NAME KEY`.
cli-verify-sig-mismatch = { $name }: BAD SIGNATURE: the file does not match its signature (key { $fingerprint }); it was changed after it was signed
cli-verify-sig-namespace = { $name }: BAD SIGNATURE: the signature was made for `{ $found }`, not for `{ $expected }`
cli-verify-sig-unreadable = { $name }: BAD SIGNATURE: { $sig } cannot be checked ({ $why })
cli-verify-summary-unsigned = { $name }: NOT SIGNED, although its record is: it may have been edited. Make it again with `wia summary`, or ask the assessor for theirs.
cli-verify-trust-none = You trust no signers yet ({ $file }): add the assessor's key with `wia trust add NAME KEY`.
cli-help-verify-arg-require-signature = Fail when the record is not signed
cli-help-keys-about = Set up the key that signs your records, and whose signatures you trust
cli-help-keys-long-about =
    Set up the key that signs your records, and whose signatures you trust

    See docs/signatures.md. A passphrase-protected key asks for its passphrase at the terminal, or takes it from $WIA_KEY_PASSPHRASE.
cli-help-keys-show-about = Show the signing key, its fingerprint, the line to publish, and the trusted signers file
cli-help-keys-use-about = Sign with an existing OpenSSH ed25519 private key (for example ~/.ssh/id_ed25519)
cli-help-keys-use-arg-key = The private key file
cli-help-keys-use-arg-principal = The name others will know you by (an email address, no spaces)
cli-help-keys-new-about = Make a new ed25519 key for wia in your config folder and sign with it
cli-help-keys-new-arg-principal = The name others will know you by (an email address, no spaces)
cli-help-keys-new-arg-passphrase = Protect the key with a passphrase (asked at the terminal, or $WIA_KEY_PASSPHRASE)
cli-help-keys-trust-about = Trust a signer: add their public key to your own allowed_signers file
cli-help-keys-trust-arg-principal = The name to show for this signer (an email address, no spaces)
cli-help-keys-trust-arg-key = Their public key (`ssh-ed25519 AAAA...`) or a .pub file holding it
cli-help-keys-trust-arg-only = Trust them for records only, or responses only [default: both]
cli-help-keys-trusted-about = List the signers you trust
cli-help-sign-about = Sign a saved record and its summary with your key (one saved before you had a key)
cli-help-value-key = KEY

# signatures: wia trust
cli-help-trust-about = Choose whose signatures you trust: add, list, remove, or import a folder's suggestions
cli-help-trust-long-about =
    Choose whose signatures you trust: add, list, remove, or import a folder's suggestions

    Your trusted signers live in your own settings folder, in OpenSSH's allowed_signers format, never in the shared data folder. See docs/signatures.md.
cli-help-trust-add-about = Trust a signer: add their public key to your own allowed_signers file
cli-help-trust-add-arg-principal = The name to show for this signer (an email address, no spaces)
cli-help-trust-add-arg-key = Their public key (`ssh-ed25519 AAAA...`) or a .pub file holding it
cli-help-trust-add-arg-only = Trust them for records only, or responses only [default: both]
cli-help-trust-list-about = List the signers you trust, with what for and their key's fingerprint
cli-help-trust-remove-about = Stop trusting a signer, by name or by key fingerprint (SHA256:...)
cli-help-trust-remove-arg-who = The name as listed, or the key's fingerprint
cli-help-trust-import-about = Trust the signers a shared folder suggests, after showing each one's fingerprint
cli-help-trust-import-arg-file = An allowed_signers file [default: suggested_signers in the data folder]
cli-help-trust-import-arg-fingerprint = Import only the key with this fingerprint (may be given more than once)
cli-help-trust-import-arg-yes = Do not ask: you have checked every fingerprint shown with its owner
cli-help-value-who = WHO
cli-help-value-fingerprint = FINGERPRINT
cli-trust-for-everything = everything
cli-trust-for-records = records
cli-trust-for-responses = responses
cli-trust-remove-none = Nobody called { $who } and no key with that fingerprint is in { $file }. `wia trust list` shows who is.
cli-trust-removed = No longer trusting { $who } (key { $fingerprint }).
cli-trust-import-missing = { $file } is not there: the folder suggests no signers. Ask whoever runs it, or add one with `wia trust add NAME KEY`.
cli-trust-import-not-listed = { $file } does not list { $fingerprints }. Nothing was imported.
cli-trust-import-nothing = You already trust everyone { $file } suggests.
cli-trust-import-listing = { $file } suggests trusting { $count ->
        [one] this signer
       *[other] these { $count } signers
    } (name, what for, key fingerprint):
cli-trust-import-needs-yes = Check each fingerprint with its owner by another way (phone, in person), then run again with --yes, or with --fingerprint for each one you checked. Nothing was imported.
cli-trust-import-confirm = Have you checked { $count ->
        [one] this fingerprint
       *[other] these { $count } fingerprints
    } with { $count ->
        [one] its owner
       *[other] their owners
    } by another way (phone, in person)? Trust { $count ->
        [one] it
       *[other] them
    }? [y/N]
cli-trust-import-declined = Nothing was imported.
cli-trust-imported = Now trusting { $count ->
        [one] one more signer
       *[other] { $count } more signers
    }, in { $file }.
cli-sign-response-signed = Signed response { $id } with key { $fingerprint }
cli-sign-response-failed = Response { $id } is stored but NOT SIGNED: { $why }. It can be signed later with `ssh-keygen -Y sign -n wia-response -f YOUR_KEY FILE`.
# hardening: revisions
cli-help-new-arg-from-draft = Finalise the saved draft with this id (or a unique start of it), such as one `wia revise` started
cli-help-new-arg-reason = Why this revision replaces the record it revises (a revision needs one)
cli-help-revise-about = Start a revision of a final record: a draft with every answer, which remembers it
cli-help-revise-long-about =
    Start a revision of a final record: a draft with every answer, which remembers it

    The record itself is never changed. Change the draft's answers with `wia assess --resume ID` or in its file, then finalise it with `wia new --from-draft ID --reason TEXT`: the new record names the one it replaces, and why.
cli-revise-not-intact = record { $id } cannot be revised: { $why }
cli-revise-already-revised = record { $id } has already been revised, by { $by }: revise the latest instead (wia history { $id } shows the chain)
cli-revise-started = Started draft { $draft }, a revision of record { $id }, which stays as it is. Change its answers with `wia assess --resume { $draft }` or in { $file }, then finalise it with `wia new --from-draft { $draft } --reason "…"`.
cli-new-reason-not-revision = --reason is only for a revision: start one with `wia revise RECORD`
cli-new-draft-kept = the record is saved, but draft { $id } could not be removed: { $why }
cli-new-revises = Record { $id } revises record { $old }, which is unchanged.
cli-verify-revises = record { $id } revises record { $old }. Reason: { $reason }
cli-verify-replaced = record { $id } has been replaced by { $by }: it is not the latest

# hardening: sync
cli-help-sync-about = Keep the data folder in step with a shared git repository: commit, fetch, take in, push
cli-help-sync-long-about =
    Keep the data folder in step with a shared git repository: commit, fetch, take in, push

    `wia sync init REMOTE` shares this folder; `wia sync clone REMOTE --data-dir DIR` starts from a shared one; `wia sync` sends and receives; `wia sync status` says where things stand. Needs the git program. See docs/sync.md.
cli-help-sync-init-about = Share this data folder: make it a repository with REMOTE, commit, and push
cli-help-sync-init-arg-remote = A git remote: a path to a bare repository, ssh://, git@host:path or https://
cli-help-sync-clone-about = Start a data folder from a shared one (a new or empty folder; choose it with --data-dir)
cli-help-sync-clone-arg-remote = A git remote: a path to a bare repository, ssh://, git@host:path or https://
cli-help-sync-status-about = How far ahead or behind the folder is, when it last synced, and what is waiting to be sent
cli-help-value-remote = REMOTE
cli-sync-count-records = { $count ->
    [one] 1 new assessment
   *[other] { $count } new assessments
}
cli-sync-count-responses = { $count ->
    [one] 1 response
   *[other] { $count } responses
}
cli-sync-count-evidence = { $count ->
    [one] 1 evidence entry
   *[other] { $count } evidence entries
}
cli-sync-count-files = { $count ->
    [one] 1 file
   *[other] { $count } files
}
cli-sync-count-nothing = nothing
cli-sync-someone = wia user
cli-sync-commit-message = { $what }, from { $who }
cli-sync-merge-message = Took in what others sent ({ $who })
cli-sync-init-done = This folder is now shared through { $remote }.
cli-sync-clone-done = Started { $dir } from { $remote }.
cli-sync-arrived = Arrived: { $what }.
cli-sync-sent = Sent: { $what }.
cli-sync-retried = { $count ->
    [one] Someone else sent at the same moment; wia took in their work and sent again.
   *[other] Others sent at the same moment ({ $count } times); wia took in their work and sent again.
}
cli-sync-recovered = A sync that was interrupted earlier has been finished first.
cli-sync-flagged = { $file }: ARRIVED FLAGGED: { $why }. Do not rely on it until the sender confirms it (wia verify says more).
cli-sync-flag-altered = its content does not match its digest (changed after it was saved)
cli-sync-held = { $file }: not sent: { $why }
cli-sync-held-not-wias = not a file wia writes
cli-sync-held-unreadable = wia cannot read it ({ $why }); it may still be being written
cli-sync-held-summary = its record is not there (yet)
cli-sync-held-changed = it was changed here after it was shared; shared files are never changed (a revision is a new record)
cli-sync-held-deleted = it was deleted here; it stays in the shared folder
cli-sync-held-digest = its content does not match the digest in its name
cli-sync-never = never
cli-sync-status-remote = Shared through { $remote } (branch { $branch }).
cli-sync-status-last = Last synced: { $when }.
cli-sync-status-counts = { $ahead } { $ahead ->
    [one] change
   *[other] changes
} here not yet sent; { $behind } received at the last sync not yet taken in.
cli-sync-status-waiting = Waiting to be sent: { $what }.
cli-sync-bad-remote = “{ $remote }” is not a git remote: give a path, ssh://…, git@host:path or https://…
cli-sync-no-git = wia sync needs the git program, which was not found. Install git (https://git-scm.com) and try again; everything else in wia works without it.
cli-sync-not-shared = { $dir } is not shared yet: share it with `wia sync init REMOTE`, or start from a shared folder with `wia sync clone REMOTE --data-dir NEW-FOLDER`.
cli-sync-other-remote = this folder is already shared through { $remote }
cli-sync-remote-in-use = { $remote } already holds a shared folder: start from it with `wia sync clone { $remote } --data-dir NEW-FOLDER`. Nothing was changed.
cli-sync-not-empty = { $dir } is not empty: clone into a new folder, named with --data-dir.
cli-sync-unreachable = Could not reach { $remote } ({ $why }). Nothing was changed: your work stays here and is sent at the next sync.
cli-sync-stopped = Sync stopped: { $file } { $what }. Shared files are never changed, so wia took in nothing and left your copy as it was; ask whoever changed it (see docs/sync.md).
cli-sync-stop-edited-line = was changed by someone else after it was shared (from line { $line })
cli-sync-stop-edited = was changed by someone else after it was shared
cli-sync-stop-rewritten = has evidence entries rewritten or removed (from line { $line }); entries are only ever added
cli-sync-stop-own-log = is this computer's own evidence log, but another computer added to it (two computers share one device id)
cli-sync-stop-deleted = was deleted by someone else
cli-sync-stop-both-added = was made here and elsewhere with different contents
cli-sync-stop-local = differs here from both what was shared and what arrived
cli-sync-stop-not-a-file = is not a plain file in the folder (a link, or a path outside it)
cli-sync-kept-losing = Others kept sending at the same moment. Nothing was lost: run wia sync again.
cli-sync-git-failed = git failed: { $why }

# issue14: git's own settings files never taken in
cli-sync-stop-git-settings = is a file git itself reads (it could change how every file is written out or sent), which wia never takes in; ask whoever runs the shared folder to remove it
# issue15: summary
cli-help-summary-arg-format = markdown, or html: one self-contained page to print or email

# issue16: portfolio
cli-help-portfolio-about = Every assessed policy on one timeline of school terms: each role's weekly hours term by term
cli-help-portfolio-long-about =
    Every assessed policy on one timeline of school terms: each role's weekly hours term by term

    Takes every final record (the latest revision of each) and places it by its intended start. For each term and role: the average hours a week per member of the role and for one person who does all of it, the policies that make them up, and flags where they pile up. Records without a start date are listed apart. See docs/portfolio.md.
cli-help-portfolio-arg-include-drafts = Count draft records too, marked as drafts
cli-help-portfolio-arg-format = The report's form: text to read, markdown or html to print, json or csv for analysts
cli-portfolio-drafts-left-out = Draft records left out: { $count }. Add --include-drafts to count them, marked as drafts.

# issue17: conventions
cli-help-completions-about = Print a shell completion script: bash, zsh, fish, powershell or elvish
cli-help-completions-long-about =
    Print a shell completion script: bash, zsh, fish, powershell or elvish

    Made from the same definitions as this help, so it offers exactly the commands and options there are. README.md says where each shell looks for it.
cli-help-completions-arg-shell = The shell to complete for
cli-help-man-about = Print the manual page (roff), or write a page for every command into a folder
cli-help-man-long-about =
    Print the manual page (roff), or write a page for every command into a folder

    `wia man > wia.1` prints the page for wia; `wia man --dir FOLDER` writes wia.1 and a page for each command (wia-new.1, wia-log-add.1, ...) and prints their paths.
cli-help-man-arg-dir = Folder to write every page into instead of printing wia.1
cli-help-value-shell = SHELL

# survey: questionnaires without scoring, anonymous responses
survey-new-no-questionnaire = the answers file names no questionnaire: add `questionnaire: ID` for a bundled one, or `questionnaire_file: FILE` (relative to the answers file)
survey-new-saved-final = Saved response { $id }.
survey-new-saved-draft = Saved draft response { $id }.
survey-sign-anonymous = Record { $id } is an anonymous response: a signature would say who answered, so it is not signed.
survey-score-nothing = Nothing to score: record { $id } answers the survey `{ $questionnaire }`, which has no scoring block. `wia show { $id }` shows its answers.
survey-check-kind = a survey (no scoring)
survey-check-kind-anonymous = an anonymous survey (no scoring, no names)
# tabulate: `wia tabulate` and `wia export --answers`
cli-help-tabulate-about = Count the answers to one question of a survey, or cross two: counts and shares
cli-help-tabulate-long-about =
    Count the answers to one question of a survey, or cross two: counts and shares

    For a choice: every option's count and its share of those answering, with those who did not answer and those the question did not apply to. Multiple choice: each option's share of respondents. A matrix row (`c3.other`): each scale point. A ranking: mean rank and first places. A number: n, mean, median, min and max. `--by QUESTION` crosses two, with row and column totals. See docs/tabulating.md.
cli-help-tabulate-arg-question = The question's id; a matrix row as QUESTION.ROW (c3.other)
cli-help-tabulate-arg-by = Cross with this question (a choice, yes/no, scale or matrix row)
cli-help-tabulate-arg-row = The matrix row to count, instead of QUESTION.ROW
cli-help-tabulate-arg-questionnaire = Questionnaire file, or id [default: the one of the records that asks QUESTION]
cli-help-tabulate-arg-include-drafts = Count draft records too
cli-help-tabulate-arg-format = text to read, csv or json for analysts
cli-help-export-long-about =
    Write every record as one CSV row, for spreadsheets; or, with --answers, every response's answers

    `--answers QUESTIONNAIRE` (a questionnaire file, or the id of a bundled one or one the records name) writes one row per response and one column per question: matrix rows, multiple-choice options and ranked options have columns of their own. See docs/tabulating.md.
cli-help-export-arg-answers = Export the answers of this questionnaire's responses, a column per question
cli-help-export-arg-labels = With --answers: a QUESTION__label column beside each coded answer, in the --lang language
cli-help-export-arg-include-drafts = With --answers: draft records too
cli-help-value-question = QUESTION
cli-help-value-row = ROW
cli-help-value-questionnaire = QUESTIONNAIRE
tabulate-skipped = { $file }: left out: { $why }
tabulate-no-questionnaire = No questionnaire { $name }: it is not a file, not bundled, and no record names it
tabulate-no-records-ask = No record's questionnaire asks { $question }; name one with --questionnaire
tabulate-several-ask = More than one questionnaire asks { $question } ({ $ids }); name one with --questionnaire
tabulate-no-question = Questionnaire { $questionnaire } has no question { $question }
tabulate-no-row = Question { $question } has no row { $row }; its rows: { $rows }
tabulate-matrix-needs-row = Question { $question } is a matrix: name one row, as { $question }.ROW or with --row (its rows: { $rows })
tabulate-row-not-matrix = Question { $question } is not a matrix, so it has no rows
tabulate-cannot-count = Question { $question } is { $kind }: there is nothing to count; `wia export --answers` lists its answers
tabulate-cannot-cross = Question { $question } is { $kind }: only a choice, yes/no, scale or matrix row can be crossed (multiple choice only down the side)
tabulate-heading = Questionnaire { $questionnaire }, version { $version }
tabulate-question = { $question }: { $text }
tabulate-base = Responses: { $responses }; answering: { $answering }; no answer: { $no_answer }; does not apply: { $does_not_apply }
tabulate-shares = Shares are percentages of those answering.
tabulate-shares-multiple = Shares are percentages of those answering; one may choose several options, so they can add up to more than 100%.
tabulate-ranking-note = Rank 1 is first. The share is of those answering who ranked the option first.
tabulate-col-option = Option
tabulate-col-count = Count
tabulate-col-share = Share
tabulate-col-mean-rank = Mean rank
tabulate-col-ranked = Ranked
tabulate-col-first = First
tabulate-col-total = Total
tabulate-no-answer = No answer
tabulate-does-not-apply = Does not apply
tabulate-no-numbers = No one answered with a number.
tabulate-n = Answering
tabulate-mean = Mean
tabulate-median = Median
tabulate-min = Lowest
tabulate-max = Highest
tabulate-by = By { $question }: { $text }
tabulate-cross-base = Responses answering both: { $total }; left out (one or both not answered or not applying): { $left_out }
tabulate-read = { $count ->
    [one] Read 1 response
   *[other] Read { $count } responses
} to { $questionnaire } version { $version }
tabulate-other-versions = Of other versions of the questionnaire: { $included } counted (their answers read with this version), { $refused } left out (they do not)
tabulate-drafts-left-out = Draft records left out: { $count } (--include-drafts counts them)
tabulate-other-questionnaires = Records of other questionnaires, not counted: { $count }
tabulate-exported = { $count ->
    [one] Wrote 1 response to { $file }
   *[other] Wrote { $count } responses to { $file }
}
# hardening: drafts15 (one draft store)
cli-new-saved-draft-store = Saved draft { $id } in the drafts folder: { $file }. Resume it with `wia assess --resume { $id }` or from the home screen (`wia`); once every answer is given, finalise it with `wia new --from-draft { $id }`.
cli-new-draft-reason-later = a draft keeps no reason: give --reason when you finalise it with `wia new --from-draft ID --reason "…"`
