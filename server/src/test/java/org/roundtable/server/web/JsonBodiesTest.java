package org.roundtable.server.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

class JsonBodiesTest {

    /** A body as a handler of the API takes it. */
    record Ballot(String partnerId, String choice) {}

    /** What Spring MVC's own reading was asked to read. */
    private final List<MethodParameter> readBySpring = new ArrayList<>();

    private final JsonBodies bodies = new JsonBodies(new ObjectMapper(), new HandlerMethodArgumentResolver() {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.hasParameterAnnotation(RequestBody.class);
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer mav,
                NativeWebRequest request,
                WebDataBinderFactory binders) {
            readBySpring.add(parameter);
            return "read by Spring MVC";
        }
    });

    @Test
    void aPlainJsonBodyIsReadIntoTheParametersType() throws Exception {
        Object read = resolve("application/json", "{\"partnerId\": \"p-1\", \"choice\": \"AGREE\"}");

        assertThat(read).isEqualTo(new Ballot("p-1", "AGREE"));
        assertThat(readBySpring).isEmpty();
    }

    @Test
    void utf8IsTheOnlyCharsetReadHere() throws Exception {
        assertThat(resolve("application/json;charset=UTF-8", "{\"choice\": \"AGREE\"}"))
                .isEqualTo(new Ballot(null, "AGREE"));
        assertThat(resolve("application/json;charset=ISO-8859-1", "{\"choice\": \"AGREE\"}"))
                .isEqualTo("read by Spring MVC");
    }

    @Test
    void whatIsNotPlainJsonGoesToSpringMvcWhoseRefusalsStand() throws Exception {
        assertThat(resolve("application/json", "{\"choice\": ")).isEqualTo("read by Spring MVC");
        assertThat(resolve("application/json", "")).isEqualTo("read by Spring MVC");
        assertThat(resolve("application/json", "null")).isEqualTo("read by Spring MVC");
        assertThat(resolve("text/plain", "{\"choice\": \"AGREE\"}")).isEqualTo("read by Spring MVC");
        assertThat(resolve(null, "{\"choice\": \"AGREE\"}")).isEqualTo("read by Spring MVC");
        assertThat(readBySpring).hasSize(5);
    }

    /** The body as {@link RequestBodyLimit} hands it on, resolved for {@code vote}'s parameter. */
    private Object resolve(String contentType, String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/votes");
        if (contentType != null) {
            request.setContentType(contentType);
        }
        request.setContent(body.getBytes(UTF_8));
        MockFilterChain chain = new MockFilterChain();
        new RequestBodyLimit(null).doFilter(request, new MockHttpServletResponse(), chain);
        Method vote = getClass().getDeclaredMethod("vote", Ballot.class);
        return bodies.resolveArgument(
                new MethodParameter(vote, 0),
                new ModelAndViewContainer(),
                new ServletWebRequest((HttpServletRequest) chain.getRequest()),
                null);
    }

    @SuppressWarnings("unused")
    private void vote(@RequestBody Ballot ballot) {}
}
