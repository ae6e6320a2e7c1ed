package fr.vigie.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import fr.vigie.audit.AuditResult;
import fr.vigie.audit.AuditValidated;
import fr.vigie.audit.ItemResult;
import fr.vigie.referential.Answer;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.internal.ReferentialVersionRepository;
import fr.vigie.shared.Channel;

import org.springframework.context.ApplicationContext;

/**
 * Synthetic validated tests on a shipped referential, published as the audit module does,
 * so scoring, dashboards and reports can be tested before and apart from capture.
 */
public final class ValidatedTests {

	public static final String SP_PLUS_2023 = "urn:vigie:sp-plus-2023@1";

	private final ApplicationContext context;

	public ValidatedTests(ApplicationContext context) {
		this.context = context;
	}

	public ReferentialVersion referential(String id) {
		return this.context.getBean(ReferentialVersionRepository.class)
			.findById(id)
			.orElseThrow(() -> new IllegalStateException("referential " + id + " is not loaded"));
	}

	/**
	 * A test where every item of the channel is compliant except those listed by
	 * {@code refId} (e.g. {@code "1.1" -> NON_COMPLIANT}); non-compliant items get a
	 * remark and one evidence id.
	 */
	public AuditResult result(String auditId, String campaignId, String siteId, Channel channel, LocalDate testedOn,
			int revision, Map<String, Answer> exceptions) {
		ReferentialVersion version = referential(SP_PLUS_2023);
		List<ItemResult> items = version.itemsFor(channel).stream().map((node) -> item(node, exceptions)).toList();
		return new AuditResult(auditId, campaignId, 1, siteId, channel, SP_PLUS_2023, testedOn,
				"Demande d'acte de naissance", "ENQ-001", testedOn.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC),
				revision, items);
	}

	private static ItemResult item(ReferentialNode node, Map<String, Answer> exceptions) {
		Answer answer = exceptions.getOrDefault(node.refId(), Answer.COMPLIANT);
		boolean failed = answer == Answer.NON_COMPLIANT;
		return new ItemResult(node.urn(), answer, null, null, failed ? "Constat sur le point " + node.refId() : "",
				failed ? List.of("evidence-" + node.refId()) : List.of());
	}

	public void publish(AuditResult result) {
		this.context.publishEvent(new AuditValidated(result));
	}

}
