package fr.vigie.scoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import fr.vigie.audit.AuditResult;
import fr.vigie.scoring.Tally;
import fr.vigie.scoring.TestRecord;
import fr.vigie.scoring.TestScore;
import fr.vigie.shared.Channel;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One summary document per validated test in {@code audit_scores} (id = the test's id, so
 * a corrected revision replaces it), and the aggregation pipelines dashboards and reports
 * run over them. Summaries hold the test's conformity, its blocking flag, one rate per
 * engagement and one 0/1 per assessed item: never the auditor's remarks. Dates are ISO
 * strings ({@code 2026-03-10}) and quarters codes ({@code 2026-Q1}), which compare and
 * group as text without any time zone.
 */
@Component
public class ScoreStore {

	static final String COLLECTION = "audit_scores";

	private final MongoTemplate mongo;

	ScoreStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	private MongoCollection<Document> scores() {
		return this.mongo.getCollection(COLLECTION);
	}

	/** The revision stored for a test, if any. */
	public Optional<Integer> revisionOf(String auditId) {
		Document stored = scores().find(Filters.eq("_id", auditId)).projection(new Document("revision", 1)).first();
		return Optional.ofNullable(stored).map((doc) -> doc.getInteger("revision"));
	}

	public void save(AuditResult result, TestScore score) {
		scores().replaceOne(Filters.eq("_id", result.auditId()), document(result, score),
				new ReplaceOptions().upsert(true));
	}

	/** The stored summary of a scored test. */
	public static Document document(AuditResult result, TestScore score) {
		List<Document> engagements = score.engagements()
			.stream()
			.filter((engagement) -> engagement.possible() > 0)
			.map((engagement) -> new Document("urn", engagement.urn()).append("rate", engagement.rate())
				.append("blocking", engagement.blockingFailed() ? 1 : 0))
			.toList();
		List<Document> items = score.items()
			.stream()
			.map((item) -> new Document("urn", item.urn()).append("ok", item.compliant() ? 1 : 0))
			.toList();
		Document document = new Document("_id", result.auditId()).append("campaignId", result.campaignId())
			.append("wave", result.wave())
			.append("siteId", result.siteId())
			.append("channel", result.channel().name())
			.append("referential", result.referentialVersionId())
			.append("testedOn", result.testedOn().toString())
			.append("quarter", quarterOf(result.testedOn()))
			.append("scenario", result.scenario())
			.append("auditorCode", result.auditorCode())
			.append("validatedAt", Date.from(result.validatedAt()))
			.append("revision", result.revision())
			.append("tests", score.scored() ? 1 : 0)
			.append("rate", score.scored() ? score.rate() : 0.0)
			.append("blocking", (score.scored() && score.blockingFailed()) ? 1 : 0)
			.append("engagements", engagements)
			.append("items", items);
		return document;
	}

	/**
	 * Summaries of tests known to be new, in bulk (plain inserts), for generated data
	 * sets such as benchmarks.
	 */
	public void insertAll(List<Document> documents) {
		if (!documents.isEmpty()) {
			scores().insertMany(documents);
		}
	}

	public static String quarterOf(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}

	public Map<String, Tally> bySite(Match match) {
		Map<String, Tally> result = new HashMap<>();
		for (Document row : aggregate(match, List.of(groupTally("$siteId")))) {
			result.put(row.getString("_id"), tally(row));
		}
		return result;
	}

	public Map<Channel, Tally> byChannel(Match match) {
		Map<Channel, Tally> result = new LinkedHashMap<>();
		for (Document row : aggregate(match, List.of(groupTally("$channel")))) {
			result.put(Channel.valueOf(row.getString("_id")), tally(row));
		}
		return result;
	}

	/**
	 * Tallies per quarter and site, for trends (share of sites meeting the threshold).
	 */
	public Map<String, Map<String, Tally>> byQuarterAndSite(Match match) {
		Map<String, Map<String, Tally>> result = new HashMap<>();
		for (Document row : aggregate(match,
				List.of(groupTally(new Document("quarter", "$quarter").append("siteId", "$siteId"))))) {
			Document id = row.get("_id", Document.class);
			result.computeIfAbsent(id.getString("quarter"), (quarter) -> new HashMap<>())
				.put(id.getString("siteId"), tally(row));
		}
		return result;
	}

	/** Tallies per site and engagement URN. */
	public Map<String, Map<String, Tally>> bySiteAndEngagement(Match match) {
		Map<String, Map<String, Tally>> result = new HashMap<>();
		List<Document> stages = List.of(new Document("$project", new Document("siteId", 1).append("engagements", 1)),
				new Document("$unwind", "$engagements"),
				new Document("$group",
						new Document("_id", new Document("siteId", "$siteId").append("urn", "$engagements.urn"))
							.append("rateSum", new Document("$sum", "$engagements.rate"))
							.append("tests", new Document("$sum", 1))
							.append("blocking", new Document("$sum", "$engagements.blocking"))));
		for (Document row : aggregate(match, stages)) {
			Document id = row.get("_id", Document.class);
			result.computeIfAbsent(id.getString("siteId"), (site) -> new HashMap<>())
				.put(id.getString("urn"), tally(row));
		}
		return result;
	}

	/** Per item URN: {compliant answers, assessed answers}. */
	public Map<String, int[]> byItem(Match match) {
		Map<String, int[]> result = new HashMap<>();
		List<Document> stages = List.of(new Document("$project", new Document("items", 1)),
				new Document("$unwind", "$items"),
				new Document("$group", new Document("_id", "$items.urn").append("ok", new Document("$sum", "$items.ok"))
					.append("n", new Document("$sum", 1))));
		for (Document row : aggregate(match, stages)) {
			result.put(row.getString("_id"), new int[] { number(row, "ok"), number(row, "n") });
		}
		return result;
	}

	/** The tests of one site, newest first. */
	public List<TestRecord> tests(Match match) {
		List<TestRecord> result = new ArrayList<>();
		for (Document row : scores().find(match.filter())
			.projection(new Document("engagements", 0).append("items", 0))
			.sort(new Document("testedOn", -1))) {
			boolean scored = number(row, "tests") > 0;
			result.add(new TestRecord(row.getString("_id"), row.getString("siteId"),
					Channel.valueOf(row.getString("channel")), LocalDate.parse(row.getString("testedOn")),
					row.getString("scenario"), row.getString("auditorCode"), row.getInteger("revision"),
					scored ? Tally.ofTest(row.getDouble("rate"), number(row, "blocking") > 0) : Tally.EMPTY));
		}
		return result;
	}

	/** Where and how a test was done, for scheduling its re-test. */
	public Optional<Origin> origin(String auditId) {
		Document row = scores().find(Filters.eq("_id", auditId))
			.projection(new Document("campaignId", 1).append("wave", 1).append("channel", 1))
			.first();
		return Optional.ofNullable(row)
			.map((doc) -> new Origin(doc.getString("campaignId"), doc.getInteger("wave"),
					Channel.valueOf(doc.getString("channel"))));
	}

	public record Origin(String campaignId, int wave, Channel channel) {

	}

	/** Referential version ids that have at least one stored score. */
	public List<String> referentials() {
		return scores().distinct("referential", String.class).into(new ArrayList<>());
	}

	/** Mean conformity of some tests, by id (for before/after comparisons). */
	public Tally tallyOf(Collection<String> auditIds) {
		Tally total = Tally.EMPTY;
		for (Document row : scores().find(Filters.in("_id", auditIds))
			.projection(new Document("tests", 1).append("rate", 1).append("blocking", 1))) {
			if (number(row, "tests") > 0) {
				total = total.plus(Tally.ofTest(row.getDouble("rate"), number(row, "blocking") > 0));
			}
		}
		return total;
	}

	private List<Document> aggregate(Match match, List<Document> stages) {
		List<Bson> pipeline = new ArrayList<>();
		pipeline.add(new Document("$match", match.filter()));
		pipeline.addAll(stages);
		return scores().aggregate(pipeline).allowDiskUse(true).into(new ArrayList<>());
	}

	private static Document groupTally(Object key) {
		return new Document("$group",
				new Document("_id", key).append("rateSum", new Document("$sum", "$rate"))
					.append("tests", new Document("$sum", "$tests"))
					.append("blocking", new Document("$sum", "$blocking")));
	}

	private static Tally tally(Document row) {
		int tests = number(row, "tests");
		double rateSum = ((Number) row.get("rateSum")).doubleValue();
		return new Tally(Math.min(rateSum, tests), tests, Math.min(number(row, "blocking"), tests));
	}

	private static int number(Document row, String field) {
		Object value = row.get(field);
		return (value instanceof Number number) ? number.intValue() : 0;
	}

	/**
	 * Which tests to aggregate: one referential version, a date range (inclusive), and
	 * optionally a set of sites (null = every site) and a channel.
	 */
	public record Match(String referential, LocalDate from, LocalDate to, Collection<String> siteIds, Channel channel) {

		Bson filter() {
			List<Bson> filters = new ArrayList<>();
			if (this.referential != null) {
				filters.add(Filters.eq("referential", this.referential));
			}
			if (this.from != null) {
				filters.add(Filters.gte("testedOn", this.from.toString()));
			}
			if (this.to != null) {
				filters.add(Filters.lte("testedOn", this.to.toString()));
			}
			if (this.siteIds != null) {
				filters.add((this.siteIds.size() == 1) ? Filters.eq("siteId", this.siteIds.iterator().next())
						: Filters.in("siteId", this.siteIds));
			}
			if (this.channel != null) {
				filters.add(Filters.eq("channel", this.channel.name()));
			}
			return filters.isEmpty() ? new Document() : Filters.and(filters);
		}

	}

}
