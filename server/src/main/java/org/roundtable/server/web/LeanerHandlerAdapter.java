package org.roundtable.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;

/**
 * Spring MVC's handler adapter with {@link JsonBodies} in place of its reading of request bodies, and
 * {@link NoContentAnswers} before its own return value handlers; each hands whatever it does not do plainly to
 * Spring MVC's own.
 */
final class LeanerHandlerAdapter extends RequestMappingHandlerAdapter {

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        ObjectMapper json = getMessageConverters().stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(converter -> ((MappingJackson2HttpMessageConverter) converter).getObjectMapper())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Spring MVC has no Jackson converter to read JSON with"));
        setArgumentResolvers(getArgumentResolvers().stream()
                .map(resolver -> resolver instanceof RequestResponseBodyMethodProcessor bodies
                        ? new JsonBodies(json, bodies)
                        : resolver)
                .toList());

        List<HandlerMethodReturnValueHandler> springs = List.copyOf(getReturnValueHandlers());
        List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
        handlers.add(new NoContentAnswers(new HandlerMethodReturnValueHandlerComposite().addHandlers(springs)));
        handlers.addAll(springs);
        setReturnValueHandlers(handlers);
    }
}
