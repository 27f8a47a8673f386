package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psoportal.security.internal.TypedSignInName;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
class TypedSignInNameTest {

    @Autowired
    AuthenticationConfiguration authConfig;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aFailedSignInKeepsTheTypedNameInThatBrowsersSession() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThatThrownBy(() -> authConfig
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "  nobody-forms@pso.example ", "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(request.getSession().getAttribute(TypedSignInName.SESSION_ATTRIBUTE))
                .isEqualTo("nobody-forms@pso.example");
    }

    @Test
    void anOverlongNameIsNotKept() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThatThrownBy(() -> authConfig
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "x".repeat(300) + "@pso.example", "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(request.getSession().getAttribute(TypedSignInName.SESSION_ATTRIBUTE))
                .isNull();
    }
}
