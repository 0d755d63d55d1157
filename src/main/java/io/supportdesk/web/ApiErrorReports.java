package io.supportdesk.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Requests Tomcat refuses before any application code runs — a path with an encoded NUL or bytes that
 * are no UTF-8 — answered on {@code /api/**} with a problem detail naming the path, like every other
 * refusal of the API, instead of Tomcat's HTML error page (which stays for every other path).
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorReports {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve() {
		return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
			if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemReportValve());
			}
		}));
	}

	/** Tomcat's error report, as {@code application/problem+json} for the API. */
	static class ProblemReportValve extends ErrorReportValve {

		ProblemReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			String uri = request.getRequestURI();
			int status = response.getStatus();
			if (uri == null || !uri.startsWith("/api/") || status < 400 || response.getContentWritten() > 0) {
				super.report(request, response, throwable);
				return;
			}
			try {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(status == 400
							? "{\"type\":\"https://supportdesk.io/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,"
									+ "\"detail\":\"path: is not a valid URL path\","
									+ "\"errors\":[{\"field\":\"path\",\"message\":\"is not a valid URL path\"}]}"
							: "{\"type\":\"about:blank\",\"status\":" + status + "}");
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client went away; nothing more to say
			}
		}
	}
}
