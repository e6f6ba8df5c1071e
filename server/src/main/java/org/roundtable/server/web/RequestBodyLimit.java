package org.roundtable.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over 64 KiB with 413 before anything parses it: every act of the API fits
 * in far less, and an unbounded body would let one client hold the server's memory. A body sent
 * without a length (chunked) is read up to the limit and no further.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {

    public static final int MAX_BODY_BYTES = 64 * 1024;

    /** The request attribute holding the body as read, for whatever must see its exact bytes. */
    private static final String BODY = RequestBodyLimit.class.getName() + ".body";

    private final ProblemWriter problems;

    RequestBodyLimit(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(request, response);
            return;
        }
        request.setAttribute(BODY, body);
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** The exact bytes of the request's body (none for a request this filter did not see). */
    public static byte[] bodyOf(HttpServletRequest request) {
        return request.getAttribute(BODY) instanceof byte[] body ? body : new byte[0];
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(
                request,
                response,
                HttpStatus.PAYLOAD_TOO_LARGE,
                HttpStatus.PAYLOAD_TOO_LARGE.name(),
                "The request body is larger than %d bytes".formatted(MAX_BODY_BYTES));
    }

    /** The request with its body already read, so that the limit holds whatever the client declared. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
