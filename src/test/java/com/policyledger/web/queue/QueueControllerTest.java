package com.policyledger.web.queue;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.policyledger.review.CorrectionField;
import com.policyledger.review.Decision;
import com.policyledger.review.DecisionRequest;
import com.policyledger.review.FlagDecisions;
import com.policyledger.review.InvalidDecisionException;
import com.policyledger.review.QueuePage;
import com.policyledger.review.QueueRow;
import com.policyledger.review.ReviewQueue;
import com.policyledger.review.SourcePages;
import com.policyledger.web.WebSliceSecurity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.hamcrest.Matchers;

@WebMvcTest({QueueController.class, FlagController.class})
@Import(WebSliceSecurity.class)
class QueueControllerTest {

    static final QueueRow CIGNA_ROW = new QueueRow(8, "MALFORMED_CODE", "0552T.1", 2, "| 0552T.1 | CPT | Stem cell",
            "OPEN", 7, "cigna-mm0552-bulletin.pdf", "Cigna", 3L, "MM 0552", "Action Item");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReviewQueue queue;

    @MockitoBean
    FlagDecisions decisions;

    @MockitoBean
    SourcePages pages;

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void theQueueListsFlagsWithTheirSnippetDocumentAndPolicy() throws Exception {
        given(queue.page(any())).willReturn(new QueuePage(List.of(CIGNA_ROW), 1, null, null));

        mvc.perform(get("/queue").param("kind", "MALFORMED_CODE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("0552T.1")))
                .andExpect(content().string(Matchers.containsString("cigna-mm0552-bulletin.pdf")))
                .andExpect(content().string(Matchers.containsString("MM 0552")))
                .andExpect(content().string(Matchers.containsString("1 flags")));
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void aCorrectionIsRecordedAsTheLoggedInAnalystAndTheNextFlagOpens() throws Exception {
        given(queue.neighbour(any(), eq(8L), eq(true))).willReturn(Optional.of(9L));

        mvc.perform(post("/flags/8/decision").with(csrf()).param("kind", "MALFORMED_CODE")
                        .param("decision", "CORRECTED").param("field", "CODE").param("value", "0552T")
                        .param("comment", "typo in the source"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/flags/9?kind=MALFORMED_CODE&status=OPEN"));

        verify(decisions).decide(8L, new DecisionRequest(Decision.CORRECTED, CorrectionField.CODE, "0552T",
                "typo in the source"), "alice");
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void anInvalidValueComesBackToTheFlagWithTheReason() throws Exception {
        given(decisions.decide(anyLong(), any(), any())).willThrow(new InvalidDecisionException("'CMS' is not a code"));

        mvc.perform(post("/flags/8/decision").with(csrf()).param("decision", "CORRECTED").param("field", "CODE")
                        .param("value", "CMS"))
                .andExpect(redirectedUrl("/flags/8?status=OPEN"))
                .andExpect(flash().attribute("error", "'CMS' is not a code"));
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void aDecisionWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/flags/8/decision").param("decision", "ACCEPTED")).andExpect(status().isForbidden());
        verify(decisions, never()).decide(anyLong(), any(), any());
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void theFlagPageOffersKeyboardNavigationToTheNeighbours() throws Exception {
        given(queue.flag(8)).willReturn(Optional.of(CIGNA_ROW));
        given(queue.neighbour(any(), eq(8L), eq(true))).willReturn(Optional.of(9L));
        given(queue.neighbour(any(), eq(8L), eq(false))).willReturn(Optional.of(5L));

        mvc.perform(get("/flags/8"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-key=\"j\"")))
                .andExpect(content().string(Matchers.containsString("/flags/9?status=OPEN")))
                .andExpect(content().string(Matchers.containsString("/flags/5?status=OPEN")));
    }

    @Test
    void withoutALoginTheQueueRedirectsToTheLoginForm() throws Exception {
        mvc.perform(get("/queue").accept("text/html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void anUnknownFlagIsA404Page() throws Exception {
        given(queue.flag(99)).willReturn(Optional.empty());
        mvc.perform(get("/flags/99")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("no flag 99")));
    }
}
