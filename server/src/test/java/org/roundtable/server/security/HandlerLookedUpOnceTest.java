package org.roundtable.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

class HandlerLookedUpOnceTest {

    @Test
    void theIntrospectorsCacheFilterPassesEveryRequestOnAndLooksNothingUp() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/partnerships");
        AtomicBoolean passedOn = new AtomicBoolean();

        // No handler mappings are set up: a lookup would fail.
        new HandlerLookedUpOnce()
                .createCacheFilter()
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> passedOn.set(true));

        assertThat(passedOn).isTrue();
        assertThat(Collections.list(request.getAttributeNames())).isEmpty();
    }

    @Test
    void springMvcsIntrospectorIsDefinedAsThisOneUnderItsName() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        RootBeanDefinition mvcs = new RootBeanDefinition(HandlerMappingIntrospector.class);
        mvcs.setLazyInit(true);
        registry.registerBeanDefinition(HandlerLookedUpOnce.BEAN_NAME, mvcs);

        HandlerLookedUpOnce.definition().postProcessBeanDefinitionRegistry(registry);

        assertThat(registry.getBeanDefinition(HandlerLookedUpOnce.BEAN_NAME).getBeanClassName())
                .isEqualTo(HandlerLookedUpOnce.class.getName());
        assertThat(registry.getBeanDefinition(HandlerLookedUpOnce.BEAN_NAME).isLazyInit())
                .isTrue();
    }

    @Test
    void withoutSpringMvcNothingIsDefined() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();

        HandlerLookedUpOnce.definition().postProcessBeanDefinitionRegistry(registry);

        assertThat(registry.getBeanDefinitionNames()).isEmpty();
    }
}
