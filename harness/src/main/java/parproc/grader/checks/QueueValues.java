package parproc.grader.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parproc.grader.observations.Trace;
import parproc.grader.observations.TraceEvent;

/** The numbers that went through queues in one run: taken by the parent, put by the children. */
record QueueValues(List<BigDecimal> parentTook, Map<Long, List<BigDecimal>> childrenPut) {

  static QueueValues of(Trace trace, long root) {
    List<BigDecimal> took = trace.all(TraceEvent.QueueGet.class)
        .filter(get -> get.pid() == root)
        .map(get -> Trace.number(get.value()))
        .flatMap(Optional::stream)
        .toList();
    Map<Long, List<BigDecimal>> put = new LinkedHashMap<>();
    trace.all(TraceEvent.QueuePut.class)
        .filter(p -> p.pid() != root)
        .forEach(p -> Trace.number(p.value()).ifPresent(
            value -> put.computeIfAbsent(p.pid(), pid -> new ArrayList<>()).add(value)));
    return new QueueValues(took, put);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  List<BigDecimal> allPut() {
    return childrenPut.values().stream().flatMap(List::stream).toList();
  }
}
