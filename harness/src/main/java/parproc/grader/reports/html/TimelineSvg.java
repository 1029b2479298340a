package parproc.grader.reports.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import java.util.function.ToLongFunction;
import parproc.grader.reports.timeline.Timeline;

/**
 * Draws a {@link Timeline} as inline SVG with its legends: lanes, lock holds told apart by
 * colour, pattern and label, waits, writes with their text on hover, arrows for queues and joins,
 * and the checks that failed in the run. Readable without JavaScript; every text escaped.
 */
public final class TimelineSvg {

  /** A check that failed in the drawn run, with its message. */
  public record FailedCheck(String id, String message) {}

  static final int LABEL_WIDTH = 250;
  /** The widest step; long runs get narrower steps, down to {@link #NARROWEST}. */
  static final int STEP = 24;
  static final int NARROWEST = 2;
  /** The drawing area that a run fits into when its steps can be narrowed enough. */
  static final int FIT = 1000;
  static final int LANE_HEIGHT = 28;
  static final int TOP = 30;
  static final int RIGHT = 70;

  /** Colours told apart by the colour-blind too (Okabe and Ito), then patterns on top of them. */
  private static final String[] COLOURS = {
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#555555"
  };

  private static final int PATTERNS = 7;

  static final String QUEUE_COLOUR = "#1a237e";
  static final String JOIN_COLOUR = "#8e24aa";

  /** Pixels per unit of the axis in this drawing. */
  private final double unit;

  private final Timeline timeline;

  private final Timeline.Axis axis;

  private TimelineSvg(Timeline timeline) {
    this.timeline = timeline;
    this.axis = timeline.axis();
    this.unit = unit(axis.length());
  }

  /** The width of a unit: as wide as fits the run into {@link #FIT} pixels, within bounds. */
  static double unit(double length) {
    return Math.max(NARROWEST, Math.min(STEP, FIT / Math.max(1, length)));
  }

  /** The figure for a timeline; {@code id} must be unique in the page (it prefixes the SVG's ids). */
  public static String render(Timeline timeline, String id, String caption, List<FailedCheck> failed) {
    return new TimelineSvg(timeline).draw(timeline, id, caption, failed);
  }

  private String draw(Timeline timeline, String id, String caption, List<FailedCheck> failed) {
    StringBuilder out = new StringBuilder(8192 + axis.steps() * 200);
    Map<Long, Integer> rows = new HashMap<>();
    for (int i = 0; i < timeline.lanes().size(); i++) {
      rows.put(timeline.lanes().get(i).pid(), i);
    }
    int width = (int) Math.ceil(LABEL_WIDTH + axis.length() * unit) + RIGHT;
    int height = TOP + timeline.lanes().size() * LANE_HEIGHT + 16;
    out.append("<figure class=\"timeline\" id=\"").append(id).append("\">\n");
    out.append("<figcaption>").append(Html.text(caption)).append("</figcaption>\n");
    if (timeline.recorded() > axis.steps()) {
      out.append("<p class=\"warn\">This run left ").append(timeline.recorded()).append(" records; the drawing shows"
          + " the first ").append(axis.steps()).append(". <code>--trace-events</code> exports them all.</p>\n");
    }
    if (!timeline.readable()) {
      out.append("<p class=\"warn\">The probe's trace of this run was cut or partly unreadable: the drawing shows"
          + " what could be read.</p>\n");
    }
    out.append("<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.attr(caption)).append("\">\n");
    defs(out, timeline, id);
    axis(out, timeline, width);
    lanes(out, timeline, rows);
    gaps(out, timeline);
    sleeps(out, timeline, rows);
    waits(out, timeline, rows);
    holds(out, timeline, rows, id);
    pauses(out, timeline, rows);
    writes(out, timeline, rows);
    marks(out, timeline, rows);
    arrows(out, timeline, rows, id);
    failures(out, timeline, failed, height);
    out.append("</svg></div>\n");
    legend(out, timeline, id, failed);
    out.append("</figure>\n");
    return out.toString();
  }

  int x(int step) {
    return (int) Math.round(LABEL_WIDTH + (axis.position(step) + 0.5) * unit);
  }

  static int y(int row) {
    return TOP + row * LANE_HEIGHT + LANE_HEIGHT / 2;
  }

  static String colour(int lockNumber) {
    return COLOURS[(lockNumber - 1) % COLOURS.length];
  }

  private void defs(StringBuilder out, Timeline timeline, String id) {
    out.append("<defs>");
    for (String kind : List.of("put-get", "join")) {
      out.append("<marker id=\"").append(id).append("-ah-").append(kind).append("\" viewBox=\"0 0 10 10\" refX=\"9\""
          + " refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"")
          .append(kind.equals("join") ? JOIN_COLOUR : QUEUE_COLOUR).append("\"/></marker>");
    }
    out.append('\n');
    out.append("<pattern id=\"").append(id).append("-wt\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999999\" stroke-width=\"2\"/></pattern>\n");
    for (Timeline.LockInfo lock : timeline.locks()) {
      out.append(pattern(id + "-l" + lock.number(), lock.number()));
    }
    out.append("</defs>\n");
  }

  /** A fill for lock {@code number}: its colour with one of seven overlays (none, stripes, dots, grid). */
  static String pattern(String patternId, int number) {
    String colour = colour(number);
    int kind = (number - 1) % PATTERNS;
    String overlay = switch (kind) {
      case 0 -> "";
      case 1 -> "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/>";
      case 2 -> "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#000000\" stroke-width=\"2\"/>";
      case 3 -> "<circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#ffffff\"/>";
      case 4 -> "<path d=\"M0,4H8M4,0V8\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>";
      case 5 -> "<line x1=\"0\" y1=\"4\" x2=\"8\" y2=\"4\" stroke=\"#000000\" stroke-width=\"2\"/>";
      default -> "<circle cx=\"4\" cy=\"4\" r=\"2\" fill=\"#000000\"/>";
    };
    String rotate = kind == 1 ? " patternTransform=\"rotate(45)\"" : kind == 2 ? " patternTransform=\"rotate(-45)\"" : "";
    return "<pattern id=\"" + patternId + "\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"" + rotate
        + "><rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/>" + overlay + "</pattern>\n";
  }

  private void axis(StringBuilder out, Timeline timeline, int width) {
    out.append("<text class=\"axis\" x=\"").append(LABEL_WIDTH).append("\" y=\"14\">")
        .append(axis.timed() ? "time \u2192 (long pauses shortened, marked \u2248)"
            : "causal order of the trace (one step per record) \u2192")
        .append("</text>\n");
    int bottom = TOP + timeline.lanes().size() * LANE_HEIGHT;
    if (axis.timed()) {
      // A tick every 10 ms of the drawn axis, labelled with the run's real time there.
      double every = 10;
      int step = 0;
      for (double mark = every; mark < axis.length(); mark += every) {
        while (step + 1 < axis.steps() && axis.position(step + 1) <= mark) {
          step++;
        }
        int x = (int) Math.round(LABEL_WIDTH + (mark + 0.5) * unit);
        out.append("<line class=\"tick\" x1=\"").append(x).append("\" y1=\"20\" x2=\"").append(x)
            .append("\" y2=\"").append(bottom).append("\"/>");
      }
    } else {
      for (int step = 0; step < axis.steps(); step += 20) {
        out.append("<line class=\"tick\" x1=\"").append(x(step)).append("\" y1=\"20\" x2=\"").append(x(step))
            .append("\" y2=\"").append(bottom).append("\"/>");
      }
    }
    out.append('\n');
  }

  /** Marks where the axis leaves out part of a long pause, with how long it really was. */
  private void gaps(StringBuilder out, Timeline timeline) {
    int bottom = TOP + timeline.lanes().size() * LANE_HEIGHT;
    for (Timeline.Gap gap : axis.gaps()) {
      int from = x(gap.step() - 1);
      int to = x(gap.step());
      int middle = (from + to) / 2;
      out.append("<g class=\"gap\"><rect x=\"").append(middle - 4).append("\" y=\"20\" width=\"8\" height=\"")
          .append(bottom - 20).append("\"/><text x=\"").append(middle).append("\" y=\"").append(bottom + 12)
          .append("\" text-anchor=\"middle\">\u2248").append(duration(gap.micros())).append("</text><title>")
          .append(Html.text("a pause of " + duration(gap.micros()) + " with no record, drawn shorter"))
          .append("</title></g>\n");
    }
  }

  private void sleeps(StringBuilder out, Timeline timeline, Map<Long, Integer> rows) {
    onLanes(timeline.sleeps(), Timeline.Sleep::pid, rows, (sleep, row) -> {
      int from = x(sleep.from());
      int to = x(sleep.to());
      out.append("<g class=\"sleep\" data-pid=\"").append(sleep.pid()).append("\"><rect x=\"").append(from)
          .append("\" y=\"").append(y(row) + 2).append("\" width=\"").append(Math.max(2, to - from))
          .append("\" height=\"8\"/>");
      if (to - from >= 14) {
        out.append("<text x=\"").append(from + 2).append("\" y=\"").append(y(row) + 9).append("\">z</text>");
      }
      out.append("<title>").append(Html.text("pid " + sleep.pid() + " sleeps: time.sleep(" + number(sleep.seconds())
          + ")" + (sleep.scaled() != null && !sleep.scaled().equals(sleep.seconds())
              ? ", " + number(sleep.scaled()) + " s with the grading's sleep scale" : "")
          + (axis.timed() ? "; " + duration(axis.time(sleep.to()) - axis.time(sleep.from())) + " in this run"
              : "") + (sleep.ended() ? "" : "; it never ended"))).append("</title></g>\n");
    });
  }

  /** Draws each item of a process that has a lane; an item of any other process is left out. */
  private static <T> void onLanes(List<T> items, ToLongFunction<T> pid, Map<Long, Integer> rows,
      ObjIntConsumer<T> draw) {
    for (T item : items) {
      Integer row = rows.get(pid.applyAsLong(item));
      if (row != null) {
        draw.accept(item, row);
      }
    }
  }

  private static String number(Double value) {
    if (value == null) {
      return "?";
    }
    return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
  }

  /** Microseconds as a short duration: "850 µs", "12.3 ms", "1.02 s". */
  static String duration(long micros) {
    if (micros < 1000) {
      return micros + " \u00b5s";
    }
    if (micros < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
    return String.format(Locale.ROOT, "%.2f s", micros / 1_000_000.0);
  }

  private void lanes(StringBuilder out, Timeline timeline, Map<Long, Integer> rows) {
    for (Timeline.Lane lane : timeline.lanes()) {
      int row = rows.get(lane.pid());
      int y = y(row);
      out.append("<g class=\"lane").append(lane.parent() ? " parent" : "").append(lane.internal() ? " internal" : "")
          .append("\" data-pid=\"").append(lane.pid()).append("\">");
      if (row % 2 == 0) {
        out.append("<rect class=\"band\" x=\"0\" y=\"").append(y - LANE_HEIGHT / 2).append("\" width=\"100%\" height=\"")
            .append(LANE_HEIGHT).append("\"/>");
      }
      out.append("<text class=\"label\" x=\"6\" y=\"").append(y + 4).append("\">").append(Html.text(clip(lane.label(), 40)))
          .append("<title>").append(Html.text(lane.label() + (lane.internal() ? " (started by multiprocessing itself)" : "")
              + (lane.exitCode() == null ? "" : "; exit code " + lane.exitCode()))).append("</title></text>");
      out.append("<line class=\"life\" x1=\"").append(x(lane.from())).append("\" y1=\"").append(y).append("\" x2=\"")
          .append(x(lane.to())).append("\" y2=\"").append(y).append("\"/>");
      if (lane.exitCode() != null) {
        out.append("<line class=\"end").append(lane.exitCode() == 0 ? "" : " bad").append("\" x1=\"").append(x(lane.to()))
            .append("\" y1=\"").append(y - 8).append("\" x2=\"").append(x(lane.to())).append("\" y2=\"").append(y + 8)
            .append("\"><title>").append(Html.text("pid " + lane.pid() + " ended, exit code " + lane.exitCode()))
            .append("</title></line>");
      }
      out.append("</g>\n");
    }
  }

  private void waits(StringBuilder out, Timeline timeline, Map<Long, Integer> rows) {
    onLanes(timeline.waits(), Timeline.Wait::pid, rows, (wait, row) -> {
      int from = x(wait.from());
      int to = x(wait.to());
      out.append("<rect class=\"wait ").append(Html.token(wait.on())).append(wait.ended() ? "" : " open").append("\" data-pid=\"")
          .append(wait.pid()).append("\" x=\"").append(from).append("\" y=\"").append(y(row) + 2).append("\" width=\"")
          .append(Math.max(2, to - from)).append("\" height=\"8\"><title>")
          .append(Html.text("pid " + wait.pid() + " waits in " + wait.on() + "() for " + wait.what()
              + (axis.timed() ? ", " + duration(axis.time(wait.to()) - axis.time(wait.from())) : "")
              + (wait.ended() ? (wait.result() == null ? "" : "; result: " + wait.result()) : ", and the wait never ended")))
          .append("</title></rect>\n");
    });
  }

  private void holds(StringBuilder out, Timeline timeline, Map<Long, Integer> rows, String id) {
    Map<String, Timeline.LockInfo> locks = new HashMap<>();
    timeline.locks().forEach(l -> locks.put(l.id(), l));
    onLanes(timeline.holds(), Timeline.Hold::pid, rows, (hold, row) -> {
      Timeline.LockInfo lock = locks.get(hold.lock());
      if (lock == null) {
        return;
      }
      int from = x(hold.from());
      int width = Math.max(3, x(hold.to()) - from);
      int top = y(row) - 11;
      out.append("<g class=\"hold\" data-lock=\"").append(Html.attr(hold.lock())).append("\" data-pid=\"")
          .append(hold.pid()).append("\"><rect x=\"").append(from).append("\" y=\"").append(top).append("\" width=\"")
          .append(width).append("\" height=\"11\" fill=\"url(#").append(id).append("-l").append(lock.number())
          .append(")\" stroke=\"").append(colour(lock.number())).append("\"/>");
      if (width >= 20) {
        out.append("<text class=\"lk\" x=\"").append(from + 2).append("\" y=\"").append(top - 2).append("\">")
            .append(lock.label()).append("</text>");
      }
      out.append("<title>").append(Html.text("pid " + hold.pid() + " holds " + lock.label() + " (" + hold.lock() + ")"
          + (hold.open() ? ", never released" : ""))).append("</title></g>\n");
    });
  }

  /** The probe's pauses after writes inside a hold: a pale strip along the bottom of the bar. */
  private void pauses(StringBuilder out, Timeline timeline, Map<Long, Integer> rows) {
    onLanes(timeline.pauses(), Timeline.Pause::pid, rows, (pause, row) -> {
      int from = x(pause.from());
      int to = x(pause.to());
      if (to - from < 2) {
        return;
      }
      out.append("<rect class=\"pause\" data-pid=\"").append(pause.pid()).append("\" x=\"").append(from)
          .append("\" y=\"").append(y(row) - 4).append("\" width=\"").append(to - from).append("\" height=\"4\"><title>")
          .append(Html.text(duration(pause.micros()) + " after a write, holding the lock: with races exposed, the"
              + " probe pauses after each write (up to 2 ms) so that unlocked programs mix their lines"))
          .append("</title></rect>\n");
    });
  }

  private void writes(StringBuilder out, Timeline timeline, Map<Long, Integer> rows) {
    onLanes(timeline.writes(), Timeline.Write::pid, rows, (write, row) -> {
      out.append("<rect class=\"write\" data-step=\"").append(write.step()).append("\" data-pid=\"").append(write.pid())
          .append("\" x=\"").append(x(write.step()) - 1).append("\" y=\"").append(y(row) - 6).append("\" width=\"3\""
              + " height=\"14\"><title>").append(Html.text("write " + write.number() + " by pid " + write.pid()
              + (write.held().isEmpty() ? "" : " holding " + String.join(", ", write.held())) + ": "
              + shown(clipped(write.text()))))
          .append("</title></rect>\n");
    });
  }

  private void marks(StringBuilder out, Timeline timeline, Map<Long, Integer> rows) {
    onLanes(timeline.marks(), Timeline.Mark::pid, rows, (mark, row) -> {
      int x = x(mark.step());
      int y = y(row);
      out.append("<g class=\"mark ").append(mark.kind()).append("\" data-pid=\"").append(mark.pid())
          .append("\"><path d=\"M").append(x).append(',').append(y - 9).append("l6,12h-12z\"/><text x=\"").append(x + 7)
          .append("\" y=\"").append(y - 2).append("\">").append(switch (mark.kind()) {
            case "exception", "contradiction" -> "!";
            case "kernel-write" -> "K";
            default -> "\u2020";
          })
          .append("</text><title>").append(Html.text(mark.text())).append("</title></g>\n");
    });
  }

  private void arrows(StringBuilder out, Timeline timeline, Map<Long, Integer> rows, String id) {
    for (Timeline.Arrow arrow : timeline.arrows()) {
      Integer fromRow = rows.get(arrow.fromPid());
      Integer toRow = rows.get(arrow.toPid());
      if (fromRow == null || toRow == null) {
        continue;
      }
      int x1 = x(arrow.from());
      int y1 = y(fromRow);
      int x2 = x(arrow.to());
      int y2 = y(toRow);
      int bend = Math.max(12, Math.abs(x2 - x1) / 3);
      out.append("<path class=\"arrow ").append(arrow.kind()).append("\" data-from-pid=\"").append(arrow.fromPid())
          .append("\" data-from-step=\"").append(arrow.from()).append("\" data-to-pid=\"").append(arrow.toPid())
          .append("\" data-to-step=\"").append(arrow.to()).append('"');
      if (arrow.queue() != null) {
        out.append(" data-queue=\"").append(Html.attr(arrow.queue())).append("\" data-order=\"").append(arrow.order())
            .append("\" data-value=\"").append(Html.attr(arrow.label())).append('"');
      }
      out.append(" d=\"M").append(x1).append(',').append(y1).append("C").append(x1 + bend).append(',').append(y1)
          .append(' ').append(x2 - bend).append(',').append(y2).append(' ').append(x2).append(',').append(y2)
          .append("\" marker-end=\"url(#").append(id).append("-ah-").append(arrow.kind()).append(")\"><title>")
          .append(Html.text(arrow.kind().equals("join")
              ? "join: " + arrow.label() + " (step " + arrow.from() + "), so pid " + arrow.toPid()
                  + " went on (step " + arrow.to() + ")"
              : "queue " + arrow.queue() + ", value " + arrow.order() + ": pid " + arrow.fromPid() + " put "
                  + arrow.label() + ", pid " + arrow.toPid() + " got it"))
          .append("</title></path>\n");
    }
  }

  private void failures(StringBuilder out, Timeline timeline, List<FailedCheck> failed, int height) {
    if (failed.isEmpty()) {
      return;
    }
    int x = x(Math.max(0, axis.steps() - 1)) + 14;
    StringBuilder messages = new StringBuilder();
    for (FailedCheck check : failed) {
      messages.append(messages.length() == 0 ? "" : "\n\n").append("FAILED ").append(check.id()).append(": ")
          .append(check.message());
    }
    out.append("<g class=\"failure\"><line x1=\"").append(x).append("\" y1=\"20\" x2=\"").append(x).append("\" y2=\"")
        .append(height - 8).append("\"/><text text-anchor=\"end\" x=\"").append(x + 4).append("\" y=\"14\">\u2717 ")
        .append(failed.size() == 1 ? Html.text(clip(failed.get(0).id(), 24)) + " failed" : failed.size() + " checks failed")
        .append("</text><title>").append(Html.text(messages.toString())).append("</title></g>\n");
  }

  private void legend(StringBuilder out, Timeline timeline, String id, List<FailedCheck> failed) {
    out.append("<div class=\"legend\">");
    if (!failed.isEmpty()) {
      out.append("<ul class=\"failed\">");
      for (FailedCheck check : failed) {
        out.append("<li data-check=\"").append(Html.attr(check.id())).append("\">\u2717 <b>")
            .append(Html.text(check.id())).append("</b> failed in this run: <span class=\"msg\">")
            .append(Html.text(firstLines(check.message(), 2))).append("</span></li>");
      }
      out.append("</ul>");
    }
    out.append("<p class=\"keys\"><span class=\"key k-write\">write</span> <span class=\"key k-get\">waiting in get(),"
        + " join() or acquire()</span> <span class=\"key k-sleep\">sleeping</span>"
        + (timeline.pauses().isEmpty() ? "" : " <span class=\"key k-pause\">the probe's pause after a write, in a hold</span>")
        + " <span class=\"key k-putget\">put \u2192 get</span>"
        + " <span class=\"key k-joinarrow\">child's end \u2192 join returns</span>"
        + " <span class=\"key k-exc\">! exception</span></p>");
    List<Timeline.LockInfo> held = timeline.locks().stream()
        .filter(lock -> timeline.holds().stream().anyMatch(h -> h.lock().equals(lock.id()))).toList();
    if (held.isEmpty()) {
      out.append("<p class=\"nolocks\">No lock was held in this run.</p>");
    } else {
      out.append("<p class=\"lockcount\">").append(held.size()).append(held.size() == 1 ? " lock" : " different locks")
          .append(" held in this run:</p><ul class=\"locks\">");
      for (Timeline.LockInfo lock : held) {
        long holders = timeline.holds().stream().filter(h -> h.lock().equals(lock.id()))
            .map(Timeline.Hold::pid).distinct().count();
        out.append("<li class=\"lock\" data-lock=\"").append(Html.attr(lock.id())).append("\"><svg class=\"sw\""
            + " width=\"26\" height=\"12\"><rect width=\"26\" height=\"12\" fill=\"url(#").append(id).append("-l")
            .append(lock.number()).append(")\" stroke=\"").append(colour(lock.number())).append("\"/></svg> <b>")
            .append(lock.label()).append("</b> ").append(describe(lock)).append("; held by ").append(holders)
            .append(holders == 1 ? " process" : " processes").append("</li>");
      }
      out.append("</ul>");
    }
    List<Timeline.LockInfo> unused = timeline.locks().stream().filter(lock -> !held.contains(lock)).toList();
    if (!unused.isEmpty()) {
      out.append("<p class=\"unused\">Made but never held: ");
      for (int i = 0; i < unused.size(); i++) {
        out.append(i == 0 ? "" : "; ").append(describe(unused.get(i)));
      }
      out.append(".</p>");
    }
    out.append("<details class=\"writes\"><summary>").append(timeline.writes().size())
        .append(timeline.writes().size() == 1 ? " write" : " writes").append(" to stdout, in order</summary><ol>");
    for (Timeline.Write write : timeline.writes()) {
      out.append("<li data-pid=\"").append(write.pid()).append("\">pid ").append(write.pid());
      if (!write.held().isEmpty()) {
        out.append(" [").append(Html.text(String.join(", ", write.held()))).append(']');
      }
      out.append(": <code>").append(Html.text(shown(clipped(write.text())))).append("</code></li>");
    }
    out.append("</ol></details></div>\n");
  }

  private static String describe(Timeline.LockInfo lock) {
    return Html.text(lock.kind() == null ? "Lock" : lock.kind()) + " <code>" + Html.text(lock.id())
        + "</code>, made by pid " + lock.creator() + (lock.site() == null ? "" : " " + Html.text(lock.site()));
  }

  /** The most characters of one write shown (a write may hold 4096 bytes). */
  static final int MOST_WRITE_CHARS = 200;

  /** A write's text, cut after {@link #MOST_WRITE_CHARS} characters with a note of how many more. */
  static String clipped(String text) {
    if (text.length() <= MOST_WRITE_CHARS) {
      return text;
    }
    return text.substring(0, MOST_WRITE_CHARS) + "\u2026 (" + (text.length() - MOST_WRITE_CHARS) + " more characters)";
  }

  /** A write's text with its newlines shown, so that a write of "\n" alone is visible. */
  static String shown(String text) {
    return text.replace("\r", "\u240d").replace("\n", "\u23ce");
  }

  /** The first lines of a message, and an ellipsis when there is more (the whole is in the check's section). */
  static String firstLines(String text, int lines) {
    List<String> all = text.lines().toList();
    return all.size() <= lines ? text : String.join("\n", all.subList(0, lines)) + "\n\u2026";
  }

  private static String clip(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most - 1) + "\u2026";
  }
}
