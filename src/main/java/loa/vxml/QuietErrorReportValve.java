package loa.vxml;

import org.apache.catalina.valves.ErrorReportValve;

/** Tomcat's own error pages without a stack trace or the server's version. */
public final class QuietErrorReportValve extends ErrorReportValve {
    public QuietErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }
}
