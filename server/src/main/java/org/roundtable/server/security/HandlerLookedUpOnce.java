package org.roundtable.server.security;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Spring MVC's {@link HandlerMappingIntrospector}, defined under the name Spring MVC gives it, without the
 * cache filter that Spring Security puts in front of its own filters on every request. That filter looks up
 * the request's handler, trying every mapping of the API, so that Spring MVC's request matchers and CORS can
 * read it; the {@code DispatcherServlet} then looks it up again. Here the security rules match paths with
 * {@code PathPatternRequestMatcher} and no CORS is configured, so nothing reads that cache: under votes its
 * lookups were a twentieth of the request threads' samples. A lookup that something still asks for is made
 * when asked, as the introspector does without its cache.
 */
final class HandlerLookedUpOnce extends HandlerMappingIntrospector {

    /** The name under which Spring MVC defines the introspector, and Spring Security looks it up. */
    static final String BEAN_NAME = "mvcHandlerMappingIntrospector";

    /** Passes every request on, caching nothing. */
    @Override
    public Filter createCacheFilter() {
        return (request, response, chain) -> chain.doFilter(request, response);
    }

    /** Replaces Spring MVC's definition of the introspector with this one, if Spring MVC defined one. */
    static BeanDefinitionRegistryPostProcessor definition() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (!registry.containsBeanDefinition(BEAN_NAME)) {
                    return;
                }
                BeanDefinition mvcs = registry.getBeanDefinition(BEAN_NAME);
                RootBeanDefinition ours = new RootBeanDefinition(HandlerLookedUpOnce.class);
                ours.setLazyInit(mvcs.isLazyInit());
                ours.setRole(mvcs.getRole());
                registry.removeBeanDefinition(BEAN_NAME);
                registry.registerBeanDefinition(BEAN_NAME, ours);
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
        };
    }
}
