package parproc.grader.reports.html;

/** The style sheet of the report pages: inline, allowed by its hash, printable. */
final class Styles {

  private Styles() {}

  static final String CSS = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:16px 24px;\
      max-width:1400px;color:#1d1d1f;background:#fff}
      h1{margin:0;font-size:28px}h2{margin:0 0 4px;font-size:20px}h3{font-size:16px;margin:18px 0 6px}
      .meta{color:#555;margin:2px 0 10px}
      code,pre{font:12.5px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
      pre{white-space:pre-wrap;word-break:break-word;background:#f6f7f9;border:1px solid #dde;padding:8px;margin:6px 0}
      pre.output{max-height:320px;overflow:auto}
      table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #dde;padding:4px 8px;text-align:left;\
      vertical-align:top}th{background:#f0f2f5}td.n{text-align:right;white-space:nowrap}
      tr.pass td.verdict{color:#1b5e20;font-weight:bold}tr.fail td.verdict{color:#b71c1c;font-weight:bold}
      .summary tr.fail a{color:#b71c1c}.summary tr.pass a{color:#1b5e20}
      .desc{color:#444}.outcome{display:inline-block;margin:1px 6px 1px 0;padding:0 4px;border-radius:3px;\
      background:#eef5ee}.outcome.forbidden{background:#fde8e8}.outcome.interesting{background:#fff4d6}\
      .outcome.unjudged{background:#eee}
      .histogram tr.forbidden td:first-child{color:#b71c1c}.bar rect{fill:#8796b0}
      section.exercise{border-top:3px solid #c8e6c9;margin:26px 0 0;padding-top:10px}
      section.exercise.fail{border-top-color:#ef9a9a}
      .failed-check{border-left:4px solid #ef9a9a;padding-left:10px;margin:12px 0}
      .problem,.warn{color:#b71c1c}.note{color:#555}
      p.cause{background:#fdecea;border-left:4px solid #b71c1c;padding:6px 10px;margin:8px 0}
      figure.timeline{margin:10px 0;border:1px solid #dde;padding:8px;background:#fff;min-width:0}
      figcaption{font-weight:600;margin-bottom:4px}
      .pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:12px;align-items:start}
      .scroll{overflow-x:auto}svg.tl{display:block;max-width:100%;height:auto}
      svg.tl text{font:11px ui-monospace,"DejaVu Sans Mono",monospace;fill:#222}
      svg.tl .axis{fill:#666}svg.tl .tick{stroke:#eceff3}svg.tl .band{fill:#f7f8fa}
      svg.tl .label{font-weight:600}svg.tl .lane.internal .label{fill:#888}
      svg.tl .life{stroke:#9aa3ad;stroke-width:2}svg.tl .end{stroke:#333;stroke-width:2}svg.tl .end.bad{stroke:#b71c1c}
      svg.tl .write{fill:#263238}svg.tl .write:hover{fill:#ff6f00}
      svg.tl .hold text.lk{font-size:9px;font-weight:bold}svg.tl .pause{fill:#ffffff;fill-opacity:.75}
      svg.tl .wait{fill:#e0e0e0;stroke:#757575;stroke-dasharray:3 2}svg.tl .wait.open{stroke:#b71c1c}
      svg.tl .wait.acquire{fill:#fff3e0;stroke:#e65100}
      svg.tl .sleep rect{fill:#e3f2fd;stroke:#64b5f6}svg.tl .sleep text{font-size:9px;fill:#1565c0}
      svg.tl .gap rect{fill:#ffffff;stroke:#bdbdbd;stroke-dasharray:2 2}svg.tl .gap text{fill:#616161;font-size:10px}
      svg.tl .arrow{fill:none;stroke-width:1.6}svg.tl .arrow.put-get{stroke:#1a237e}
      svg.tl .arrow.join{stroke:#8e24aa;stroke-dasharray:5 3}
      svg.tl .mark path{fill:#b71c1c}svg.tl .mark text{fill:#b71c1c;font-weight:bold}
      svg.tl .mark.kernel-write path{fill:#6a1b9a}svg.tl .mark.kernel-write text{fill:#6a1b9a}
      svg.tl .mark.contradiction path{fill:#e65100;stroke:#b71c1c;stroke-width:1.5}
      svg.tl .failure line{stroke:#b71c1c;stroke-width:2;stroke-dasharray:4 3}svg.tl .failure text{fill:#b71c1c;\
      font-weight:bold}
      .legend ul{list-style:none;padding:0;margin:6px 0}.legend li{margin:2px 0}
      .legend ul.locks{columns:2 420px}.legend ul.failed li{color:#b71c1c}.legend .msg{white-space:pre-wrap;color:#333}
      .legend .sw{vertical-align:middle}
      .keys .key{display:inline-block;margin-right:10px;font-size:12px;color:#333}
      .keys .key::before{content:"";display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
      .k-write::before{background:#263238;width:3px!important}.k-get::before{background:#e0e0e0;\
      border:1px dashed #757575}.k-sleep::before{background:#e3f2fd;border:1px solid #64b5f6}\
      .k-pause::before{background:#0072b2;border-bottom:4px solid #cce3f0;height:6px!important}.k-putget::before{border-top:2px solid #1a237e;height:0!important}
      .k-joinarrow::before{border-top:2px dashed #8e24aa;height:0!important}.k-exc{color:#b71c1c}
      .k-exc::before{display:none!important}
      details.writes ol{max-height:260px;overflow:auto;margin:4px 0;font-size:12.5px}
      footer{margin:30px 0 10px;color:#666;font-size:12px}
      @media print{.scroll{overflow:visible}details{display:block}pre.output,details.writes ol{max-height:none}}
      """;
}
