package dev.ordinal.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which demo answers are shown: three of LLMFAO's answers are a lone zero-width space. */
class LlmfaoDemoTest {
    @Test
    void anAnswerMustShowSomething() {
        assertThat(LlmfaoDemo.visible("\u200b")).isFalse();
        assertThat(LlmfaoDemo.visible(" \n\t\u00a0")).isFalse();
        assertThat(LlmfaoDemo.visible("")).isFalse();
        assertThat(LlmfaoDemo.visible("😊")).isTrue();
        assertThat(LlmfaoDemo.visible("\n#")).isTrue();
    }
}
