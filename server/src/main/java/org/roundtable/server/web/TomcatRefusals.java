package org.roundtable.server.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own refusals, made before a request reaches the application (a path with an encoded '/'
 * or '\', a NUL or bytes that are not UTF-8; a request line or headers over their limit), are RFC
 * 9457 problems like every other refusal rather than Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class TomcatRefusals {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatRefusalsAsProblems() {
        return factory -> factory.addContextCustomizers(context ->
                ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemReportValve.class.getName()));
    }

    /**
     * Writes the problem of an error status that nothing has answered with a body: Tomcat's refusals.
     * The application's own answers are left alone. Public, because Tomcat creates it by its name.
     */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean();
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            // constant texts only: nothing of the refused request is echoed, so nothing needs escaping
            String problem = """
                    {"type":"about:blank","title":"%s","status":%d,"code":"%s","detail":"%s"}""".formatted(
                            known == null ? "Error" : known.getReasonPhrase(),
                            status,
                            known == null ? String.valueOf(status) : known.name(),
                            detail(status));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            try {
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(problem);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException clientGone) {
                // the client will not read it
            }
        }

        private static String detail(int status) {
            return status == HttpStatus.BAD_REQUEST.value()
                    ? "The server cannot read the request: its path holds an encoded '/' or '\\\\', a NUL or bytes "
                            + "that are not UTF-8, or its request line or headers are malformed or too large"
                    : "The server refused the request before it reached the API";
        }
    }
}
