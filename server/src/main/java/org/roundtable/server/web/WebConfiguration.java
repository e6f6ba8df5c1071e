package org.roundtable.server.web;

import org.roundtable.server.http.Paths;
import org.roundtable.server.read.ReadAccess;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Puts {@link ReadAccess} before every handler under a partnership's path, of the API and of the pages, and
 * finds a request's handler by its path first ({@link PathFirstHandlerMapping}); answers a 204 as its status and
 * headers ({@link NoContentAnswers}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ReadAccess readAccess;

    WebConfiguration(ReadAccess readAccess) {
        this.readAccess = readAccess;
    }

    /**
     * Has Spring Boot's MVC configuration make these instead of its own: the mapping that finds a handler by
     * its path first, the adapter that reads a plain JSON body and answers a 204 without Spring MVC's detours.
     */
    @Bean
    static WebMvcRegistrations leanerRequestHandling() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstHandlerMapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new LeanerHandlerAdapter();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readAccess)
                .addPathPatterns(Paths.PARTNERSHIP, ReadAccess.PARTNERSHIP_PATHS)
                .addPathPatterns(ReadAccess.PARTNERSHIP_PAGES, ReadAccess.PARTNERSHIP_PAGES + "/**");
    }
}
