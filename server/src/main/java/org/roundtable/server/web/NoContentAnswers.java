package org.roundtable.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Writes a handler's 204 No Content ({@code ResponseEntity<Void>} without a body: a vote, a signature, every
 * write with nothing to answer but its sequence) as its status and headers; any other answer goes to Spring MVC's
 * own handlers. Spring MVC negotiates a media type and asks every body advice about a body even when there is
 * none: under votes, that and finding the handler for a {@code ResponseEntity} were a tenth of the request
 * threads' CPU.
 */
final class NoContentAnswers implements HandlerMethodReturnValueHandler {

    private final HandlerMethodReturnValueHandler springs;

    NoContentAnswers(HandlerMethodReturnValueHandler springs) {
        this.springs = springs;
    }

    /** Handlers declared to answer {@code ResponseEntity<Void>}: no other can answer without a body. */
    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        Type declared = returnType.getGenericParameterType();
        return declared instanceof ParameterizedType entity
                && entity.getRawType() == ResponseEntity.class
                && entity.getActualTypeArguments()[0] == Void.class;
    }

    @Override
    public void handleReturnValue(
            Object returnValue, MethodParameter returnType, ModelAndViewContainer mav, NativeWebRequest request)
            throws Exception {
        HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
        if (!(returnValue instanceof ResponseEntity<?> answer)
                || answer.getBody() != null
                || !answer.getStatusCode().isSameCodeAs(HttpStatus.NO_CONTENT)
                || response == null) {
            springs.handleReturnValue(returnValue, returnType, mav, request);
            return;
        }
        mav.setRequestHandled(true);
        response.setStatus(HttpStatus.NO_CONTENT.value());
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }
}
