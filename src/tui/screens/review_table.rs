//! The table of saved records: sort by any column, filter by status and rating, search
//! titles and answers as you type. Records that cannot be read stay in the table.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, MouseEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::review_state::{ReviewEffect, ReviewScreen, StatusFilter, leave, moved};
use crate::i18n::Lang;
use crate::review::{Column, Entry, State};
use crate::t;
use crate::tui::component::{Reply, hit_row, key_for};
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx, digit};
use crate::tui::msg::Effect;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::text_field::Edit;

/// The bands a rating filter steps through: the bundled questionnaire's.
fn bands() -> Vec<String> {
    crate::questionnaire::bundled(crate::questionnaire::DEFAULT_ID)
        .map(|q| q.scoring().bands.iter().map(|b| b.id.clone()).collect())
        .unwrap_or_default()
}

fn band_label(id: &str, lang: Lang) -> String {
    crate::questionnaire::bundled(crate::questionnaire::DEFAULT_ID)
        .and_then(|q| q.band(id))
        .map_or(id.to_string(), |b| b.label.get(lang).to_string())
}

pub fn update(s: &mut ReviewScreen, key: KeyEvent, ctx: &Context) -> Reply {
    let lang = ctx.lang;
    let rows = usize::from(ctx.height.saturating_sub(9)).max(1);
    let keys = ctx.keys;
    if s.searching {
        match keys.command(Ctx::ReviewSearch, &key, true) {
            Some(Action::Accept) => s.searching = false,
            Some(Action::Back) => {
                s.searching = false;
                s.search = crate::tui::widgets::text_field::TextField::new("", false);
                s.refresh();
            }
            _ => {
                if s.search.handle(key) == Edit::Changed {
                    s.refresh();
                }
            }
        }
        return Reply::default();
    }
    let act = keys.action(Ctx::ReviewTable, &key);
    if let Some(at) = moved(act, s.cursor, s.shown.len(), rows) {
        s.cursor = at;
        return Reply::default();
    }
    match act {
        Some(Action::Back) => return leave(),
        Some(Action::OpenPortfolio) => {
            return Reply::request(crate::tui::component::Request::Portfolio);
        }
        Some(Action::Search) => s.searching = true,
        Some(Action::FilterStatus) => {
            s.status = s.status.next();
            s.refresh();
        }
        Some(Action::FilterRating) => {
            let bands = bands();
            s.rating = match &s.rating {
                None => bands.first().cloned(),
                Some(r) => bands
                    .iter()
                    .position(|b| b == r)
                    .and_then(|i| bands.get(i + 1))
                    .cloned(),
            };
            s.refresh();
        }
        Some(Action::Digit) => {
            // The digits number the columns on screen, left to right, as their headings show.
            let cols = layout(usize::from(ctx.width.saturating_sub(2)), rev_shown(s), lang);
            let Some(column) = digit(&key).and_then(|i| cols.get(i)).map(|(c, _)| *c) else {
                return Reply::default();
            };
            if s.sort == column {
                s.descending = !s.descending;
            } else {
                s.sort = column;
                // Newest, largest and least trustworthy first; text from A.
                s.descending = matches!(
                    column,
                    Column::Date | Column::Rating | Column::Hours | Column::Integrity
                );
            }
            s.refresh();
        }
        Some(Action::AllRevisions) => {
            s.all_revisions = !s.all_revisions;
            s.refresh();
            let id = if s.all_revisions {
                "review-tui-showing-all"
            } else {
                "review-tui-showing-latest"
            };
            return Reply::info(t!(lang, id));
        }
        Some(Action::Reload) => {
            s.loading = true;
            s.reading = None;
            return Reply::effect(Effect::Review(ReviewEffect::Load));
        }
        Some(Action::Accept) => {
            let Some(e) = s.current() else {
                return Reply::default();
            };
            if let State::Unreadable(why) = &e.state {
                let text = t!(
                    lang,
                    "review-tui-unreadable",
                    file = e.file.display().to_string(),
                    why = why.as_str()
                );
                return Reply::error(text);
            }
            if s.loading {
                // Opening reads every record again for the record's revisions: while the
                // list is still being read that would hold the screen for as long.
                return Reply::info(t!(lang, "review-tui-still-reading"));
            }
            return Reply::effect(Effect::Review(ReviewEffect::Open(e.file.clone())));
        }
        Some(Action::Mark) => {
            let Some(e) = s.current() else {
                return Reply::default();
            };
            let id = e.id.clone();
            if s.marked.as_deref() == Some(id.as_str()) {
                s.marked = None;
            } else {
                s.marked = Some(id.clone());
                return Reply::info(t!(lang, "review-tui-marked", id = id.as_str()));
            }
        }
        Some(Action::Compare) => return compare(s, ctx),
        _ => {}
    }
    Reply::default()
}

/// Compare the marked record with the one under the cursor.
pub fn compare(s: &ReviewScreen, ctx: &Context) -> Reply {
    let lang = ctx.lang;
    let here = match &s.page {
        super::review_state::Page::Record(r) => Some(r.record.opened.path.clone()),
        _ => s.current().map(|e| e.file.clone()),
    };
    let marked = s
        .marked
        .as_deref()
        .and_then(|id| s.entry(id))
        .map(|e| e.file.clone());
    match (marked, here) {
        (Some(a), Some(b)) if a != b => Reply::effect(Effect::Review(ReviewEffect::Compare(a, b))),
        _ => Reply::error(t!(lang, "review-tui-mark-first")),
    }
}

/// The status filter in words. Named one by one: a message id made from the filter's
/// word once showed `review-state-final`, an id that does not exist, on screen.
pub fn status_label(f: StatusFilter, lang: Lang) -> String {
    let id = match f {
        StatusFilter::All => "review-tui-all",
        StatusFilter::Final => "review-status-final",
        StatusFilter::Draft => "review-status-draft",
        StatusFilter::Altered => "review-state-altered",
        StatusFilter::Unreadable => "review-state-unreadable",
    };
    t!(lang, id)
}

/// A column's heading with the digit that sorts by it, when it has one.
fn heading(n: usize, c: Column, narrow_signature: bool, lang: Lang) -> String {
    let name = if c == Column::Signature && narrow_signature {
        t!(lang, "review-col-signature-short")
    } else {
        column_name(c, lang)
    };
    if n < 9 {
        format!("{} {name}", n + 1)
    } else {
        name
    }
}

fn column_name(c: Column, lang: Lang) -> String {
    let id = match c {
        Column::Id => "review-col-id",
        Column::Title => "review-col-title",
        Column::Area => "review-col-area",
        Column::Assessor => "review-col-assessor",
        Column::Date => "review-col-date",
        Column::Status => "review-col-status",
        Column::Rating => "review-col-rating",
        Column::Hours => "review-col-hours",
        Column::Integrity => "review-col-integrity",
        Column::Signature => "review-col-signature",
    };
    t!(lang, id)
}

/// The integrity as a symbol and a word, with its style: never colour alone.
pub fn integrity_cell(state: &State, theme: Theme, lang: Lang) -> (String, Style) {
    let (mark, st) = match state {
        State::Intact => ("✓", style::good(theme)),
        State::Draft => ("◌", style::warning(theme)),
        State::Altered(_) => ("✗", style::error(theme)),
        State::Unreadable(_) => ("⚠", style::error(theme)),
    };
    (format!("{mark} {}", state.label(lang)), st)
}

/// The signature as a symbol and a few words (the signer's name when trusted).
pub fn signature_cell(e: &Entry, theme: Theme, lang: Lang) -> (String, Style) {
    use crate::review::Verdict;
    let Some(sig) = &e.signature else {
        return (String::new(), Style::default());
    };
    let (mark, st) = match sig.verdict() {
        Verdict::Trusted => ("✓", style::good(theme)),
        Verdict::Unsigned => ("–", style::dim(theme)),
        Verdict::Untrusted => ("?", style::warning(theme)),
        Verdict::Bad | Verdict::BadSummary | Verdict::Unreadable => ("✗", style::error(theme)),
    };
    (format!("{mark} {}", sig.short(lang)), st)
}

/// Which columns fit, with their widths (at least their heading's with its digit, so a
/// longer word in Welsh is never cut); the title takes what is left. The revision column
/// takes room only when `rev` (some row shown has a revision or a mark to show).
fn layout(width: usize, rev: bool, lang: Lang) -> Vec<(Column, usize)> {
    let mut cols = vec![(Column::Title, 0)];
    if width >= 120 {
        cols.push((Column::Area, 16));
    }
    if width >= 100 {
        cols.push((Column::Assessor, 14));
    }
    cols.push((Column::Date, 10));
    // The integrity column already says "draft"; the status is the first to go, before
    // the signature squeezes the title.
    if width >= 100 {
        cols.push((Column::Status, 8));
    }
    cols.extend([
        (Column::Rating, 10),
        (Column::Hours, 7),
        (Column::Integrity, 12),
    ]);
    // A signer's name where there is room; narrower, the mark alone (✓ – ? ✗) under a
    // short heading, and the words in the line below the table.
    let narrow_signature = width < 100;
    if width >= 70 {
        cols.push((Column::Signature, 1));
    }
    let states = [
        State::Intact,
        State::Draft,
        State::Altered(crate::review::Altered::NoDigest),
        State::Unreadable(String::new()),
    ];
    let integrity = states
        .iter()
        .map(|s| style::width(&s.label(lang)) + 2)
        .max();
    // Wide enough for every verdict's words; a trusted signer's name is cut to fit.
    use crate::review::Verdict::*;
    let signature = [Untrusted, Unsigned, Bad, BadSummary, Unreadable]
        .iter()
        .map(|v| style::width(&crate::review::verdict_short(*v, lang)) + 2)
        .max();
    for (n, (c, w)) in cols.iter_mut().enumerate().skip(1) {
        *w = (*w).max(style::width(&heading(n, *c, narrow_signature, lang)) + 1);
        if *c == Column::Integrity {
            *w = (*w).max(integrity.unwrap_or(0));
        }
        if *c == Column::Signature && !narrow_signature {
            *w = (*w).max(signature.unwrap_or(0)).max(20);
        }
    }
    let rev = if rev { rev_width(lang) + 1 } else { 0 };
    let fixed: usize = cols.iter().map(|(_, w)| w + 1).sum::<usize>() + 2 + rev;
    cols[0].1 = width.saturating_sub(fixed).max(8);
    cols
}

/// Whether the revision column is worth its room: some row shown is a later revision,
/// an old one, or marked as forked or with a gap. A folder of first versions says "1"
/// on every row, which tells nothing.
pub fn rev_shown(s: &ReviewScreen) -> bool {
    s.shown.iter().any(|&i| {
        let e = &s.entries[i];
        e.info.is_some()
            && (s.chains.number(&e.id) > 1
                || !s.chains.is_latest(&e.id)
                || s.chains.forked(&e.id)
                || s.chains.gap(&e.id))
    })
}

/// The revision column's width: its heading or its widest marker, in either language.
fn rev_width(lang: Lang) -> usize {
    [
        t!(lang, "review-col-revision"),
        t!(lang, "review-rev-replaced", n = 99),
        t!(lang, "review-rev-fork", n = 99),
        t!(lang, "review-rev-gap", n = 99),
    ]
    .iter()
    .map(|w| style::width(w))
    .max()
    .unwrap_or(4)
}

/// Which revision the record is, marked when replaced, forked or with a gap behind it,
/// as `wia list` shows it; a mark is drawn as a warning so a broken chain is never quiet.
fn rev_cell(s: &ReviewScreen, e: &Entry, theme: Theme, lang: Lang) -> (String, Style) {
    if e.info.is_none() {
        return (String::new(), Style::default());
    }
    let text = crate::review::revision_cell(&s.chains, &e.id, lang);
    let marked = s.chains.forked(&e.id) || s.chains.gap(&e.id);
    let st = if marked {
        style::warning(theme)
    } else if !s.chains.is_latest(&e.id) {
        style::dim(theme)
    } else {
        Style::default()
    };
    (text, st)
}

fn cell(e: &Entry, c: Column, lang: Lang) -> String {
    let Some(i) = &e.info else {
        return match c {
            Column::Title => format!(
                "{} — {}",
                e.file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                e.state.reason(lang).unwrap_or_default()
            ),
            _ => String::new(),
        };
    };
    match c {
        Column::Id => e.id.clone(),
        Column::Title if i.title.is_empty() => t!(lang, "review-tui-untitled"),
        Column::Title => i.title(lang).to_string(),
        Column::Area => i.area(lang).to_string(),
        Column::Assessor => i.assessor.clone(),
        Column::Date => i.updated.format("%Y-%m-%d").to_string(),
        Column::Status => t!(lang, &format!("review-status-{}", i.status.as_str())),
        Column::Rating if i.rating.is_empty() => "—".into(),
        Column::Rating => band_label(&i.rating, lang),
        Column::Hours => i
            .weekly
            .map(crate::report::signed_hours)
            .unwrap_or_else(|| "—".into()),
        Column::Integrity | Column::Signature => String::new(),
    }
}

// Long because it draws the search line, the table and the detail pane of one layout.
/// The heading line, the search line, the table (in its border) and the detail line.
fn regions(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// The first row shown: the cursor's row kept in view, as near the middle as the list
/// allows.
fn first_shown(cursor: usize, rows: usize, len: usize) -> usize {
    cursor
        .saturating_sub(rows / 2)
        .min(len.saturating_sub(rows))
}

/// A click on a row moves there and a second click opens it; a click on a column's
/// heading sorts by it (as its digit does); a click on the search line starts a search.
pub fn click(s: &mut ReviewScreen, at: MouseEvent, area: Rect, ctx: &Context) -> Reply {
    let [_, search, table, _] = regions(area);
    if at.row == search.y {
        s.searching = true;
        return Reply::default();
    }
    let inner = table.inner(ratatui::layout::Margin::new(1, 1));
    if !inner.contains(ratatui::layout::Position::new(at.column, at.row)) || s.searching {
        return Reply::default();
    }
    if at.row == inner.y {
        let cols = layout(inner.width as usize, rev_shown(s), ctx.lang);
        let mut x = inner.x + 2;
        for (n, (c, cw)) in cols.iter().enumerate() {
            let w = *cw as u16 + 1 + u16::from(*c == Column::Signature);
            if at.column < x + w {
                let digit = char::from_digit(n as u32 + 1, 10).unwrap_or('1');
                return update(s, KeyEvent::from(KeyCode::Char(digit)), ctx);
            }
            x += w;
        }
        return Reply::default();
    }
    let rows = (inner.height as usize).saturating_sub(1);
    let first = first_shown(s.cursor, rows, s.shown.len());
    match hit_row(at.row, inner.y + 1, first, rows).filter(|i| *i < s.shown.len()) {
        Some(i) if i == s.cursor => match key_for(ctx, Ctx::ReviewTable, Action::Accept) {
            Some(enter) => update(s, enter, ctx),
            None => Reply::default(),
        },
        Some(i) => {
            s.cursor = i;
            Reply::default()
        }
        None => Reply::default(),
    }
}

/// One record's row of the table, marked when it is under the cursor or marked to compare.
fn row_line(
    s: &ReviewScreen,
    n: usize,
    e: &Entry,
    cols: &[(Column, usize)],
    narrow_signature: bool,
    rev: bool,
    ctx: &Context,
) -> Line<'static> {
    let (theme, lang) = (ctx.theme, ctx.lang);
    let here = n == s.cursor;
    let marked = s.marked.as_deref() == Some(e.id.as_str());
    let mut spans = vec![Span::raw(match (here, marked) {
        (true, true) => ">*",
        (true, false) => "> ",
        (false, true) => " *",
        (false, false) => "  ",
    })];
    for (c, cw) in cols {
        if *c == Column::Integrity {
            let (text, st) = integrity_cell(&e.state, theme, lang);
            spans.push(Span::styled(style::fit(&text, *cw), st));
        } else if *c == Column::Signature {
            let (mut text, st) = signature_cell(e, theme, lang);
            if narrow_signature {
                text = text.chars().next().map(String::from).unwrap_or_default();
            }
            spans.push(Span::raw(" "));
            spans.push(Span::styled(style::fit(&text, *cw), st));
        } else {
            spans.push(Span::raw(format!(
                "{} ",
                style::fit(&cell(e, *c, lang), *cw)
            )));
        }
    }
    if rev {
        let (text, rev_style) = rev_cell(s, e, theme, lang);
        spans.push(Span::raw(" "));
        spans.push(Span::styled(style::fit(&text, rev_width(lang)), rev_style));
    }
    let line = Line::from(spans);
    if here {
        line.style(style::cursor_row(theme))
    } else {
        line
    }
}

/// The column headings, each with the digit that sorts by it, the sorted one with its arrow.
fn head_line(
    s: &ReviewScreen,
    cols: &[(Column, usize)],
    narrow_signature: bool,
    rev: bool,
    arrow: &str,
    ctx: &Context,
) -> Line<'static> {
    let (theme, lang) = (ctx.theme, ctx.lang);
    let mut head = vec![Span::raw("  ")];
    for (n, (c, cw)) in cols.iter().enumerate() {
        let mut name = heading(n, *c, narrow_signature, lang);
        if *c == s.sort {
            name = format!("{name}{arrow}");
        }
        head.push(Span::styled(
            format!("{} ", style::fit(&name, *cw)),
            style::heading(theme),
        ));
    }
    if rev {
        head.push(Span::styled(
            style::fit(&t!(lang, "review-col-revision"), rev_width(lang)),
            style::heading(theme),
        ));
    }
    Line::from(head)
}

/// The table's frame, with how many records have been read on its top edge while the
/// list is read, so the rows below fill in under the count.
fn table_block(s: &ReviewScreen, w: usize, ctx: &Context) -> Block<'static> {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(ctx.theme, !s.searching));
    match s.reading.filter(|_| s.loading) {
        Some((done, total)) => {
            let words = crate::review::reading_words(done, total, ctx.lang);
            block.title(Line::styled(
                format!(" {} ", style::clip(&words, w.saturating_sub(6))),
                style::dim(ctx.theme),
            ))
        }
        None => block,
    }
}

pub fn view(ctx: &Context, s: &ReviewScreen, area: Rect, f: &mut Frame) {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let [top, search, table, detail] = regions(area);
    let w = area.width as usize;
    let arrow = if s.descending { "▼" } else { "▲" };
    let summary = t!(
        lang,
        "review-tui-heading",
        shown = s.shown.len(),
        total = s.entries.len(),
        status = status_label(s.status, lang),
        rating = s
            .rating
            .as_deref()
            .map_or_else(|| t!(lang, "review-tui-all"), |r| band_label(r, lang)),
        sort = format!("{} {arrow}", column_name(s.sort, lang))
    );
    f.render_widget(
        Paragraph::new(Line::styled(
            style::clip(&summary, w),
            Style::default().add_modifier(Modifier::BOLD),
        )),
        top,
    );
    let label = t!(lang, "review-tui-search");
    let text = s.search.text();
    let field_style = if s.searching {
        style::field(theme)
    } else {
        Style::default()
    };
    let room = w.saturating_sub(style::width(&label) + 3);
    let shown_text = style::shown(text);
    let tail: String = if style::width(&shown_text) > room {
        let skip = shown_text.chars().count().saturating_sub(room);
        shown_text.chars().skip(skip).collect()
    } else {
        shown_text
    };
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("/ {label} "), style::dim(theme)),
            Span::styled(tail.clone(), field_style),
        ])),
        search,
    );
    if s.searching {
        let x = search.x + (style::width(&label) + 3 + style::width(&tail)) as u16;
        f.set_cursor_position((x.min(search.right().saturating_sub(1)), search.y));
    }

    let block = table_block(s, w, ctx);
    let inner = block.inner(table);
    f.render_widget(block, table);
    let rev = rev_shown(s);
    let cols = layout(inner.width as usize, rev, lang);
    let narrow_signature = (inner.width as usize) < 100;
    let mut lines = Vec::new();
    lines.push(head_line(s, &cols, narrow_signature, rev, arrow, ctx));
    let rows = (inner.height as usize).saturating_sub(1);
    if s.loading && s.shown.is_empty() {
        lines.push(Line::styled(
            t!(lang, "review-tui-loading"),
            style::dim(theme),
        ));
    } else if s.shown.is_empty() {
        let key = if s.entries.is_empty() {
            "review-tui-empty"
        } else {
            "review-tui-none-match"
        };
        lines.push(Line::styled(
            style::clip(&t!(lang, key, dir = ctx.data_dir), inner.width as usize),
            style::dim(theme),
        ));
    }
    let first = first_shown(s.cursor, rows, s.shown.len());
    for (n, &i) in s.shown.iter().enumerate().skip(first).take(rows) {
        lines.push(row_line(
            s,
            n,
            &s.entries[i],
            &cols,
            narrow_signature,
            rev,
            ctx,
        ));
    }
    f.render_widget(Paragraph::new(lines), inner);

    // A problem in the record's chain comes first: never hidden behind who made it.
    let chain_problem = s.current().and_then(|e| {
        s.chains
            .problems_of(std::slice::from_ref(&e.id))
            .first()
            .map(|p| format!("⚠ {}", p.words(lang)))
    });
    let about = match s.current() {
        Some(_) if chain_problem.is_some() => chain_problem.unwrap_or_default(),
        Some(e) => match (&e.info, e.state.reason(lang)) {
            (_, Some(why)) => format!("{}: {why}", e.file.display()),
            (Some(i), None) => format!("{} · {}, {}", e.id, i.assessor, i.organisation),
            (None, None) => e.id.clone(),
        },
        None => String::new(),
    };
    f.render_widget(
        Paragraph::new(Line::styled(
            style::clip(&style::shown(&about), w),
            style::dim(theme),
        )),
        detail,
    );
}
