//! `deferjit trace --svg`: the stack over time as a picture. Time runs left to right,
//! one column per event; the goroutine's frames are boxes stacked downwards (outermost on
//! top), a box lasting as long as its frame does; each event is a mark on the frame it
//! concerns (a defer registered, a deferred call run, a panic, a recover); the panic's
//! walk is a red path from frame to frame, and the resume a green arrow to the frame that
//! continues. The events are listed in words below the picture.

use super::text::describe;
use super::{DeferHow, Trace, TraceEvent, What};
use std::collections::HashMap;
use std::fmt::Write;

const COL: f64 = 40.0;
const ROW: f64 = 38.0;
const LEFT: f64 = 20.0;
const TOP: f64 = 72.0;
/// At most this many events are drawn (the text has them all).
const MAX_EVENTS: usize = 300;
/// At most this many frames deep (the innermost beyond are not drawn).
const MAX_DEPTH: usize = 40;

const OPEN_COLOR: &str = "#2e7d32";
const STACK_COLOR: &str = "#1565c0";
const HEAP_COLOR: &str = "#ef6c00";
const PANIC_COLOR: &str = "#c62828";
const RECOVER_COLOR: &str = "#f9a825";
const RESUME_COLOR: &str = "#2e7d32";

fn x(col: usize) -> f64 {
    LEFT + col as f64 * COL + COL / 2.0
}

/// The height of a frame's marks (the box's lower part; its name is in the upper).
fn y(depth: usize) -> f64 {
    TOP + depth as f64 * ROW + ROW * 0.64
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A frame's identity in the picture: its FP, function, instance (a frame that returned
/// or was unwound is gone; the next call at its FP is another frame) and the identity of
/// the frames above it.
type FrameId = (usize, String, u32, usize);

/// The identity of each frame of each event's stack (see [`FrameId`]).
fn identities(events: &[TraceEvent]) -> Vec<Vec<FrameId>> {
    let mut instance: HashMap<usize, u32> = HashMap::new();
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        let mut ids = Vec::with_capacity(e.stack.len());
        let mut parent = 0usize;
        for (d, f) in e.stack.iter().enumerate().take(MAX_DEPTH) {
            let n = instance.get(&f.key).copied().unwrap_or(0);
            ids.push((f.key, f.func.clone(), n, parent));
            parent = (parent.wrapping_mul(31).wrapping_add(f.key ^ d)).wrapping_add(n as usize);
        }
        out.push(ids);
        // Frames that end with this event.
        match &e.what {
            What::Return { frame, .. } => *instance.entry(frame.key).or_insert(0) += 1,
            What::Resume { frame, .. } => {
                if let Some(d) = e.stack.iter().position(|f| f.key == frame.key) {
                    for f in &e.stack[d + 1..] {
                        *instance.entry(f.key).or_insert(0) += 1;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The depth of the frame with `key` in `e`'s stack.
fn depth_of(e: &TraceEvent, key: usize) -> Option<usize> {
    e.stack
        .iter()
        .position(|f| f.key == key)
        .filter(|d| *d < MAX_DEPTH)
}

fn strategy_color(how: &DeferHow) -> &'static str {
    match how {
        DeferHow::OpenCoded { .. } => OPEN_COLOR,
        DeferHow::StackRecord { .. } => STACK_COLOR,
        DeferHow::HeapRecord { .. } => HEAP_COLOR,
    }
}

/// The SVG document for `t`.
pub fn render(t: &Trace, strategy: &str) -> String {
    let events = &t.events[..t.events.len().min(MAX_EVENTS)];
    let cols = events.len().max(1);
    let depth = (events.iter().map(|e| e.stack.len()).max().unwrap_or(1)).clamp(1, MAX_DEPTH);
    let chart_w = LEFT * 2.0 + cols as f64 * COL;
    let chart_h = TOP + depth as f64 * ROW + 20.0;
    let legend_y = chart_h + 10.0;
    let list_y = legend_y + 40.0;
    let line_h = 16.0;
    let longest = (events.iter())
        .map(|e| describe(e).chars().count() + 5)
        .max()
        .unwrap_or(0);
    let width = chart_w.max(980.0).max(LEFT * 2.0 + longest as f64 * 6.7);
    let height = list_y + events.len() as f64 * line_h + 20.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="11">"#
    );
    let _ = writeln!(
        s,
        r##"<defs><marker id="walk" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="{PANIC_COLOR}"/></marker><marker id="resume" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="{RESUME_COLOR}"/></marker></defs>"##
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let title = t.title(strategy);
    let _ = writeln!(
        s,
        r#"<text x="{LEFT}" y="20" font-size="14" font-weight="bold">{}</text>"#,
        esc(&title)
    );
    let _ = writeln!(
        s,
        r##"<text x="{LEFT}" y="38" fill="#555">time runs left to right, one column per event (numbered as in the list below); frames are boxes, outermost on top</text>"##
    );

    let many_goroutines = events.iter().any(|e| e.goroutine != 1);
    // Columns while a panic is in flight: shaded.
    let mut in_panic = false;
    for (c, e) in events.iter().enumerate() {
        let label = match &e.what {
            What::Panic { panic, value, .. } => Some(format!("panic {panic}: {value}")),
            What::Goexit { panic, .. } => Some(format!("runtime.Goexit (#{panic})")),
            _ => None,
        };
        if let Some(label) = label {
            in_panic = true;
            let _ = writeln!(
                s,
                r#"<text x="{:.1}" y="{:.1}" fill="{PANIC_COLOR}" font-size="10">{}</text>"#,
                LEFT + c as f64 * COL + 2.0,
                TOP + depth as f64 * ROW + 12.0,
                esc(&label)
            );
        }
        if in_panic {
            let _ = writeln!(
                s,
                r##"<rect x="{:.1}" y="{TOP}" width="{COL}" height="{:.1}" fill="#fdecea"/>"##,
                LEFT + c as f64 * COL,
                depth as f64 * ROW
            );
        }
        if let What::Resume { .. } | What::Fatal { .. } | What::GoexitDone { .. } = e.what {
            in_panic = false;
        }
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#777" font-size="9">{}</text>"##,
            x(c),
            TOP - 4.0,
            c + 1
        );
        // Another goroutine's events: a separator with its id.
        let switched = c > 0 && events[c - 1].goroutine != e.goroutine;
        if switched || (c == 0 && many_goroutines) {
            let x0 = LEFT + c as f64 * COL;
            let _ = writeln!(
                s,
                r##"<path d="M {x0:.1} {:.1} L {x0:.1} {:.1}" stroke="#999" stroke-dasharray="3,3"/><text x="{:.1}" y="{:.1}" fill="#555" font-size="9">goroutine {}</text>"##,
                TOP - 14.0,
                TOP + depth as f64 * ROW,
                x0 + 3.0,
                TOP - 16.0,
                e.goroutine
            );
        }
    }

    // Frame boxes: maximal runs of columns where the same frame is at the same depth.
    let ids = identities(events);
    for d in 0..depth {
        let mut c = 0;
        while c < cols.min(events.len()) {
            let Some(id) = ids[c].get(d) else {
                c += 1;
                continue;
            };
            let mut end = c + 1;
            while end < events.len() && ids[end].get(d) == Some(id) {
                end += 1;
            }
            let x0 = LEFT + c as f64 * COL + 1.5;
            let w = (end - c) as f64 * COL - 3.0;
            let y0 = TOP + d as f64 * ROW + 2.0;
            let _ = writeln!(
                s,
                r##"<rect x="{x0:.1}" y="{y0:.1}" width="{w:.1}" height="{:.1}" rx="3" fill="#e3ebf6" stroke="#8aa4c8"><title>{}</title></rect>"##,
                ROW - 4.0,
                esc(&id.1)
            );
            let fits = ((w - 6.0) / 6.1).max(0.0) as usize;
            let name = &id.1;
            let label = if name.chars().count() <= fits {
                name.clone()
            } else if fits > 1 {
                let mut l: String = name.chars().take(fits - 1).collect();
                l.push('…');
                l
            } else {
                String::new()
            };
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" fill="#223" font-size="10">{}</text>"##,
                x0 + 4.0,
                y0 + 11.0,
                esc(&label)
            );
            c = end;
        }
    }

    // The panic walks and the resumes: paths between the marks.
    let mut last_walk: Vec<(u32, usize, usize)> = Vec::new(); // (panic, column, depth)
    let mut last_recover: Option<(usize, usize)> = None;
    for (c, e) in events.iter().enumerate() {
        match &e.what {
            What::Panic { panic, frame, .. } | What::Goexit { panic, frame } => {
                if let Some(d) = depth_of(e, frame.key) {
                    last_walk.retain(|w| w.0 != *panic);
                    last_walk.push((*panic, c, d));
                }
            }
            What::Walk { panic, frame, .. } => {
                if let Some(d) = depth_of(e, frame.key) {
                    if let Some(w) = last_walk.iter_mut().find(|w| w.0 == *panic) {
                        let _ = writeln!(
                            s,
                            r##"<path d="M {:.1} {:.1} L {:.1} {:.1}" stroke="{PANIC_COLOR}" stroke-width="2" fill="none" marker-end="url(#walk)"/>"##,
                            x(w.1),
                            y(w.2),
                            x(c) - 4.0,
                            y(d)
                        );
                        *w = (*panic, c, d);
                    }
                }
            }
            What::Recover {
                frame,
                recovered: true,
                ..
            } => {
                last_recover = depth_of(e, frame.key).map(|d| (c, d));
            }
            What::Resume { frame, .. } => {
                if let (Some((rc, rd)), Some(d)) = (last_recover, depth_of(e, frame.key)) {
                    let (x0, y0, x1, y1) = (x(rc), y(rd), x(c) - 5.0, y(d));
                    let _ = writeln!(
                        s,
                        r##"<path d="M {x0:.1} {y0:.1} C {:.1} {y0:.1}, {:.1} {y1:.1}, {x1:.1} {y1:.1}" stroke="{RESUME_COLOR}" stroke-width="2.5" fill="none" marker-end="url(#resume)"/>"##,
                        x0 + COL * 0.8,
                        x1 - COL * 0.8
                    );
                }
                last_recover = None;
            }
            _ => {}
        }
    }

    // The marks.
    for (c, e) in events.iter().enumerate() {
        // A frame the stack snapshot does not list (a hidden defer wrapper) sits just
        // below the innermost listed frame.
        let row = |key: usize| {
            depth_of(e, key).or(Some(e.stack.len()).filter(|d| *d < depth.max(e.stack.len() + 1)))
        };
        let (cx, title) = (x(c), esc(&format!("{}. {}", c + 1, describe(e))));
        let mark = match &e.what {
            What::Defer { frame, defer } => row(frame.key).map(|d| {
                format!(
                    r#"<circle cx="{cx:.1}" cy="{:.1}" r="5.5" fill="{}"/>"#,
                    y(d),
                    strategy_color(&defer.how)
                )
            }),
            What::Call { frame, defer, .. } => row(frame.key).map(|d| {
                let color = defer.as_ref().map_or("#555", |d| strategy_color(&d.how));
                format!(
                    r#"<circle cx="{cx:.1}" cy="{:.1}" r="5" fill="white" stroke="{color}" stroke-width="2.5"/>"#,
                    y(d)
                )
            }),
            What::Panic { frame, .. } => row(frame.key).map(|d| {
                let cy = y(d);
                format!(
                    r#"<path d="M {cx:.1} {:.1} L {:.1} {:.1} L {:.1} {:.1} z" fill="{PANIC_COLOR}"/><text x="{cx:.1}" y="{:.1}" text-anchor="middle" fill="white" font-size="9" font-weight="bold">!</text>"#,
                    cy - 8.0,
                    cx + 7.5,
                    cy + 6.0,
                    cx - 7.5,
                    cy + 6.0,
                    cy + 4.5
                )
            }),
            What::Goexit { frame, .. } => row(frame.key).map(|d| {
                format!(
                    r##"<rect x="{:.1}" y="{:.1}" width="11" height="11" fill="#6a1b9a"/>"##,
                    cx - 5.5,
                    y(d) - 5.5
                )
            }),
            What::Return { frame, .. } => row(frame.key).map(|d| {
                let cy = y(d);
                format!(
                    r##"<path d="M {cx:.1} {:.1} L {cx:.1} {:.1} M {:.1} {:.1} L {cx:.1} {:.1} L {:.1} {:.1}" stroke="#37474f" stroke-width="2" fill="none"/>"##,
                    cy + 6.0,
                    cy - 6.0,
                    cx - 4.5,
                    cy - 1.5,
                    cy - 6.5,
                    cx + 4.5,
                    cy - 1.5
                )
            }),
            What::Walk { frame, .. } => row(frame.key).map(|d| {
                format!(
                    r#"<circle cx="{cx:.1}" cy="{:.1}" r="3" fill="{PANIC_COLOR}"/>"#,
                    y(d)
                )
            }),
            What::Recover {
                frame, recovered, ..
            } => row(frame.key).map(|d| {
                let cy = y(d);
                let fill = if *recovered { RECOVER_COLOR } else { "white" };
                format!(
                    r#"<path d="M {cx:.1} {:.1} L {:.1} {cy:.1} L {cx:.1} {:.1} L {:.1} {cy:.1} z" fill="{fill}" stroke="{RECOVER_COLOR}" stroke-width="2"/>"#,
                    cy - 7.0,
                    cx + 7.0,
                    cy + 7.0,
                    cx - 7.0
                )
            }),
            What::Resume { frame, .. } => row(frame.key).map(|d| {
                format!(
                    r#"<circle cx="{cx:.1}" cy="{:.1}" r="4" fill="{RESUME_COLOR}"/>"#,
                    y(d)
                )
            }),
            What::Fatal { .. } | What::Aborted { .. } | What::GoexitDone { .. } => {
                let d = e.stack.len().saturating_sub(1).min(depth - 1);
                Some(format!(
                    r#"<text x="{cx:.1}" y="{:.1}" text-anchor="middle" fill="{PANIC_COLOR}" font-weight="bold">{}</text>"#,
                    y(d) + 4.0,
                    match e.what {
                        What::Fatal { .. } => "✖",
                        What::Aborted { .. } => "↯",
                        _ => "■",
                    }
                ))
            }
        };
        if let Some(m) = mark {
            let _ = writeln!(s, "<g><title>{title}</title>{m}</g>");
        }
    }

    // Legend.
    let items: [(&str, String); 9] = [
        (
            "defer (open-coded)",
            format!(r#"<circle cx="6" cy="-4" r="5.5" fill="{OPEN_COLOR}"/>"#),
        ),
        (
            "defer (stack record)",
            format!(r#"<circle cx="6" cy="-4" r="5.5" fill="{STACK_COLOR}"/>"#),
        ),
        (
            "defer (heap record)",
            format!(r#"<circle cx="6" cy="-4" r="5.5" fill="{HEAP_COLOR}"/>"#),
        ),
        (
            "deferred call runs",
            r##"<circle cx="6" cy="-4" r="5" fill="white" stroke="#555" stroke-width="2.5"/>"##
                .to_string(),
        ),
        (
            "returns",
            r##"<path d="M 6 2 L 6 -10 M 1.5 -5.5 L 6 -10.5 L 10.5 -5.5" stroke="#37474f" stroke-width="2" fill="none"/>"##
                .to_string(),
        ),
        (
            "panic",
            format!(r#"<path d="M 6 -12 L 13.5 2 L -1.5 2 z" fill="{PANIC_COLOR}"/>"#),
        ),
        (
            "panic walk",
            format!(
                r#"<path d="M -2 -4 L 14 -4" stroke="{PANIC_COLOR}" stroke-width="2" marker-end="url(#walk)"/>"#
            ),
        ),
        (
            "recover()",
            format!(r#"<path d="M 6 -11 L 13 -4 L 6 3 L -1 -4 z" fill="{RECOVER_COLOR}"/>"#),
        ),
        (
            "resume",
            format!(
                r#"<path d="M -2 -4 L 14 -4" stroke="{RESUME_COLOR}" stroke-width="2.5" marker-end="url(#resume)"/>"#
            ),
        ),
    ];
    let mut lx = LEFT;
    for (label, icon) in items {
        let _ = writeln!(
            s,
            r#"<g transform="translate({lx:.1},{:.1})">{icon}<text x="20" y="0">{}</text></g>"#,
            legend_y + 12.0,
            esc(label)
        );
        lx += 28.0 + label.len() as f64 * 6.8;
    }

    // The events in words.
    for (c, e) in events.iter().enumerate() {
        let _ = writeln!(
            s,
            r##"<text x="{LEFT}" y="{:.1}" fill="#333">{:>3}. {}</text>"##,
            list_y + c as f64 * line_h,
            c + 1,
            esc(&describe(e))
        );
    }
    if t.events.len() > events.len() {
        let _ = writeln!(
            s,
            r##"<text x="{LEFT}" y="{:.1}" fill="#a00">… {} more events (see the text output)</text>"##,
            list_y + events.len() as f64 * line_h,
            t.events.len() - events.len()
        );
    }
    s.push_str("</svg>\n");
    s
}
