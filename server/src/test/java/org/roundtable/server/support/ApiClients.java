package org.roundtable.server.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * The test clients of the running application, for end-to-end tests to autowire. Lazy, because
 * the random port is known only once the web server has started, after the beans are created.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiClients {

    @Bean
    @Lazy
    Api api(Environment environment) {
        return Api.checked(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    @Bean
    @Lazy
    Roundtable roundtable(Api api) {
        return new Roundtable(api);
    }
}
