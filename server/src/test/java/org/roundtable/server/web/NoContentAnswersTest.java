package org.roundtable.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

class NoContentAnswersTest {

    private final List<Object> answeredBySpring = new ArrayList<>();
    private final NoContentAnswers answers = new NoContentAnswers(new HandlerMethodReturnValueHandler() {
        @Override
        public boolean supportsReturnType(MethodParameter returnType) {
            return true;
        }

        @Override
        public void handleReturnValue(
                Object value,
                MethodParameter type,
                ModelAndViewContainer mav,
                org.springframework.web.context.request.NativeWebRequest request) {
            answeredBySpring.add(value);
        }
    });
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final ModelAndViewContainer mav = new ModelAndViewContainer();

    @Test
    void a204IsWrittenAsItsStatusAndHeadersAlone() throws Exception {
        answers.handleReturnValue(
                ResponseEntity.noContent().header("Roundtable-Sequence", "42").build(),
                returnOf("vote"),
                mav,
                request());

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeader("Roundtable-Sequence")).isEqualTo("42");
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(mav.isRequestHandled()).isTrue();
        assertThat(answeredBySpring).isEmpty();
    }

    @Test
    void anyOtherAnswerIsLeftToSpringMvc() throws Exception {
        ResponseEntity<Void> accepted = ResponseEntity.accepted().build();
        ResponseEntity<?> remembered = ResponseEntity.status(204).body(new byte[0]);

        answers.handleReturnValue(accepted, returnOf("vote"), mav, request());
        answers.handleReturnValue(remembered, returnOf("vote"), mav, request());

        assertThat(answeredBySpring).containsExactly(accepted, remembered);
        assertThat(mav.isRequestHandled()).isFalse();
    }

    @Test
    void onlyHandlersDeclaredToAnswerNoBodyAreTakenOn() throws Exception {
        assertThat(answers.supportsReturnType(returnOf("vote"))).isTrue();
        assertThat(answers.supportsReturnType(returnOf("show"))).isFalse();
        assertThat(answers.supportsReturnType(returnOf("anything"))).isFalse();
    }

    private ServletWebRequest request() {
        return new ServletWebRequest(new MockHttpServletRequest("POST", "/api/votes"), response);
    }

    private static MethodParameter returnOf(String handler) throws NoSuchMethodException {
        Method method = Handlers.class.getDeclaredMethod(handler);
        return new MethodParameter(method, -1);
    }

    /** Handlers of the three shapes a controller declares. */
    @SuppressWarnings("unused")
    private interface Handlers {
        ResponseEntity<Void> vote();

        ResponseEntity<String> show();

        ResponseEntity<?> anything();
    }
}
