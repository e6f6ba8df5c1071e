package org.roundtable.server.web;

import org.roundtable.server.http.Paths;
import org.roundtable.server.read.ReadAccess;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link ReadAccess} before every handler under a partnership's path, of the API and of the pages, and
 * finds a request's handler by its path first ({@link PathFirstHandlerMapping}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ReadAccess readAccess;

    WebConfiguration(ReadAccess readAccess) {
        this.readAccess = readAccess;
    }

    @Bean
    static WebMvcRegistrations pathFirstHandlerMapping() {
        return PathFirstHandlerMapping.registration();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readAccess)
                .addPathPatterns(Paths.PARTNERSHIP, ReadAccess.PARTNERSHIP_PATHS)
                .addPathPatterns(ReadAccess.PARTNERSHIP_PAGES, ReadAccess.PARTNERSHIP_PAGES + "/**");
    }
}
