package parproc.grader.platform;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import parproc.grader.score.GradeReport;

/** Runs a grading through the JUnit Platform Launcher and returns the grade it built. */
public final class GradingLauncher {

  private GradingLauncher() {}

  public static GradeReport grade(GradingRequest request) {
    LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(GradeSubmission.class))
        .configurationParameters(request.toParameters())
        // Only the explicit parameters count: a stray junit-platform.properties must not change a grade.
        .enableImplicitConfigurationParameters(false)
        .build();
    Launcher launcher = LauncherFactory.create();
    GradeCollector collector = new GradeCollector();
    launcher.execute(discovery, collector);
    return collector.report();
  }
}
