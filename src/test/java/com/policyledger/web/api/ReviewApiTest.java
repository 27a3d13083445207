package com.policyledger.web.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.policyledger.review.CorrectionField;
import com.policyledger.review.Decision;
import com.policyledger.review.DecisionRequest;
import com.policyledger.review.FlagDecisions;
import com.policyledger.review.InvalidDecisionException;
import com.policyledger.review.QueuePage;
import com.policyledger.review.QueueRow;
import com.policyledger.review.RecordedDecision;
import com.policyledger.review.ReviewQueue;
import com.policyledger.web.WebSliceSecurity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReviewApi.class)
@Import(WebSliceSecurity.class)
class ReviewApiTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReviewQueue queue;

    @MockitoBean
    FlagDecisions decisions;

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void theQueueIsJsonWithTheKeysOfTheNeighbouringPages() throws Exception {
        given(queue.page(any())).willReturn(new QueuePage(List.of(new QueueRow(8, "MALFORMED_CODE", "0552T.1", 2,
                "snippet", "OPEN", 7, "cigna.pdf", "Cigna", 3L, "MM 0552", "t")), 120, null, 8L));

        mvc.perform(get("/api/flags").param("kind", "MALFORMED_CODE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(120))
                .andExpect(jsonPath("$.nextAfter").value(8))
                .andExpect(jsonPath("$.rows[0].raw").value("0552T.1"));
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void aDecisionPostedAsJsonIsRecordedAsTheCaller() throws Exception {
        DecisionRequest request = new DecisionRequest(Decision.REJECTED, CorrectionField.NOT_A_CODE, null, "citation");
        given(decisions.decide(eq(8L), eq(request), eq("alice"))).willReturn(new RecordedDecision(Decision.REJECTED,
                CorrectionField.NOT_A_CODE, null, "citation", "alice", Instant.parse("2025-12-01T10:00:00Z")));

        mvc.perform(post("/api/flags/8/decision").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REJECTED\",\"field\":\"NOT_A_CODE\",\"comment\":\"citation\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decidedBy").value("alice"));
        verify(decisions).decide(8L, request, "alice");
    }

    @Test
    @WithMockUser(username = "alice", roles = "ANALYST")
    void anInvalidDecisionIsA400ProblemWithTheReason() throws Exception {
        given(decisions.decide(eq(8L), any(), any())).willThrow(new InvalidDecisionException("type the right code"));

        mvc.perform(post("/api/flags/8/decision").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"CORRECTED\",\"field\":\"CODE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("type the right code"));
    }

    @Test
    void withoutALoginTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/flags")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/flags/8/decision").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError());
    }
}
