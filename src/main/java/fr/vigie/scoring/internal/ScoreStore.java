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
		Document previous = scores().find(Filters.eq("_id", result.auditId()))
			.projection(new Document("referential", 1).append("siteId", 1).append("quarter", 1))
			.first();
		Document document = document(result, score);
		scores().replaceOne(Filters.eq("_id", result.auditId()), document, new ReplaceOptions().upsert(true));
		SiteQuarters.refresh(scores(), quarters(), result.referentialVersionId(), result.siteId(),
				document.getString("quarter"));
		SiteQuarters.refreshNetwork(quarters(), networks(), result.referentialVersionId(),
				document.getString("quarter"));
		// A correction may move a test to another quarter (or site): its old place too.
		if (previous != null && !SiteQuarters
			.id(previous.getString("referential"), previous.getString("siteId"), previous.getString("quarter"))
			.equals(SiteQuarters.id(result.referentialVersionId(), result.siteId(), document.getString("quarter")))) {
			SiteQuarters.refresh(scores(), quarters(), previous.getString("referential"), previous.getString("siteId"),
					previous.getString("quarter"));
			SiteQuarters.refreshNetwork(quarters(), networks(), previous.getString("referential"),
					previous.getString("quarter"));
		}
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
	 * sets such as benchmarks; {@link #rebuildSiteQuarters()} must follow.
	 */
	public void insertAll(List<Document> documents) {
		if (!documents.isEmpty()) {
			scores().insertMany(documents);
		}
	}

	/**
	 * Rebuilds the per site and quarter pre-aggregate from the per-test summaries (after
	 * bulk inserts, or to repair it). Returns the number of site-quarters.
	 */
	public int rebuildSiteQuarters() {
		return SiteQuarters.rebuildAll(scores(), quarters(), networks());
	}

	private MongoCollection<Document> quarters() {
		return this.mongo.getCollection(SiteQuarters.COLLECTION);
	}

	private MongoCollection<Document> networks() {
		return this.mongo.getCollection(SiteQuarters.NETWORK);
	}

	public static String quarterOf(LocalDate date) {
		return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
	}

	public Map<String, Tally> bySite(Match match) {
		Map<String, Tally> result = new HashMap<>();
		List<Document> rows = match.byQuarters() ? aggregateQuarters(match, List.of(groupSums("$siteId")))
				: aggregate(match, List.of(groupTally("$siteId")));
		for (Document row : rows) {
			result.put(row.getString("_id"), tally(row));
		}
		return result;
	}

	public Map<Channel, Tally> byChannel(Match match) {
		Map<Channel, Tally> result = new LinkedHashMap<>();
		if (match.byQuarters()) {
			Document group = new Document("_id", null);
			for (Channel channel : Channel.values()) {
				sums(group, channel.name(), "channels." + channel.name());
			}
			for (Document row : aggregateTotal(match, group)) {
				for (Channel channel : Channel.values()) {
					Tally tally = tally(row, channel.name());
					if (!tally.isEmpty()) {
						result.put(channel, tally);
					}
				}
			}
			return result;
		}
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
		if (match.byQuarters()) {
			// One pre-aggregated document per quarter and site already.
			for (Document row : quarters().find(match.quarterFilter())
				.projection(new Document("quarter", 1).append("siteId", 1)
					.append("rateSum", 1)
					.append("tests", 1)
					.append("blocking", 1))) {
				result.computeIfAbsent(row.getString("quarter"), (quarter) -> new HashMap<>())
					.put(row.getString("siteId"), tally(row));
			}
			return result;
		}
		for (Document row : aggregate(match,
				List.of(groupTally(new Document("quarter", "$quarter").append("siteId", "$siteId"))))) {
			Document id = row.get("_id", Document.class);
			result.computeIfAbsent(id.getString("quarter"), (quarter) -> new HashMap<>())
				.put(id.getString("siteId"), tally(row));
		}
		return result;
	}

	/**
	 * Tallies per site and engagement URN.
	 * @param engagementUrns the referential's engagements (the pre-aggregate is summed
	 * field by field)
	 */
	public Map<String, Map<String, Tally>> bySiteAndEngagement(Match match, List<String> engagementUrns) {
		Map<String, Map<String, Tally>> result = new HashMap<>();
		if (match.byQuarters()) {
			Document group = new Document("_id", "$siteId");
			List<String> keys = SiteQuarters.keys(engagementUrns);
			for (int i = 0; i < keys.size(); i++) {
				sums(group, "e" + i, "engagements." + keys.get(i));
			}
			for (Document row : aggregateQuarters(match, List.of(new Document("$group", group)))) {
				Map<String, Tally> site = new HashMap<>();
				for (int i = 0; i < keys.size(); i++) {
					Tally tally = tally(row, "e" + i);
					if (!tally.isEmpty()) {
						site.put(engagementUrns.get(i), tally);
					}
				}
				result.put(row.getString("_id"), site);
			}
			return result;
		}
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

	/** Tallies per engagement URN over the whole scope. */
	public Map<String, Tally> byEngagement(Match match, List<String> engagementUrns) {
		Map<String, Tally> result = new HashMap<>();
		if (match.byQuarters()) {
			Document group = new Document("_id", null);
			List<String> keys = SiteQuarters.keys(engagementUrns);
			for (int i = 0; i < keys.size(); i++) {
				sums(group, "e" + i, "engagements." + keys.get(i));
			}
			for (Document row : aggregateTotal(match, group)) {
				for (int i = 0; i < keys.size(); i++) {
					Tally tally = tally(row, "e" + i);
					if (!tally.isEmpty()) {
						result.put(engagementUrns.get(i), tally);
					}
				}
			}
			return result;
		}
		bySiteAndEngagement(match, engagementUrns).values()
			.forEach((site) -> site.forEach((urn, tally) -> result.merge(urn, tally, Tally::plus)));
		return result;
	}

	/**
	 * Per item URN: {compliant answers, assessed answers}.
	 * @param itemUrns the referential's items (the pre-aggregate is summed field by
	 * field)
	 */
	public Map<String, int[]> byItem(Match match, List<String> itemUrns) {
		Map<String, int[]> result = new HashMap<>();
		if (match.byQuarters()) {
			Document group = new Document("_id", null);
			List<String> keys = SiteQuarters.keys(itemUrns);
			for (int i = 0; i < keys.size(); i++) {
				SiteQuarters.sum(group, "i" + i + "ok", "items." + keys.get(i) + ".ok");
				SiteQuarters.sum(group, "i" + i + "n", "items." + keys.get(i) + ".n");
			}
			for (Document row : aggregateTotal(match, group)) {
				for (int i = 0; i < keys.size(); i++) {
					int assessed = number(row, "i" + i + "n");
					if (assessed > 0) {
						result.put(itemUrns.get(i), new int[] { number(row, "i" + i + "ok"), assessed });
					}
				}
			}
			return result;
		}
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

	private List<Document> aggregateQuarters(Match match, List<Document> stages) {
		List<Bson> pipeline = new ArrayList<>();
		pipeline.add(new Document("$match", match.quarterFilter()));
		pipeline.addAll(stages);
		return quarters().aggregate(pipeline).allowDiskUse(true).into(new ArrayList<>());
	}

	/**
	 * A network-wide total over the query's quarters: from the network's quarters when
	 * every site counts, else from the site-quarters of the scope.
	 */
	private List<Document> aggregateTotal(Match match, Document group) {
		if (match.siteIds() != null) {
			return aggregateQuarters(match, List.of(new Document("$group", group)));
		}
		List<Bson> pipeline = List.of(new Document("$match",
				Filters.and(Filters.eq("referential", match.referential()), Filters.in("quarter", match.quarters()))),
				new Document("$group", group));
		return networks().aggregate(pipeline).into(new ArrayList<>());
	}

	/**
	 * Sums of the pre-aggregate's tally fields under {@code path}, named {@code name}_*.
	 */
	private static void sums(Document group, String name, String path) {
		SiteQuarters.sum(group, name + "_r", path + ".rateSum");
		SiteQuarters.sum(group, name + "_t", path + ".tests");
		SiteQuarters.sum(group, name + "_b", path + ".blocking");
	}

	private static Document groupSums(Object key) {
		return new Document("$group",
				new Document("_id", key).append("rateSum", new Document("$sum", "$rateSum"))
					.append("tests", new Document("$sum", "$tests"))
					.append("blocking", new Document("$sum", "$blocking")));
	}

	private static Tally tally(Document row, String name) {
		int tests = number(row, name + "_t");
		Object rateSum = row.get(name + "_r");
		double rate = (rateSum instanceof Number number) ? number.doubleValue() : 0;
		return new Tally(Math.min(rate, tests), tests, Math.min(number(row, name + "_b"), tests));
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

		/**
		 * Whether the pre-aggregate answers: whole calendar quarters, any channel, one
		 * referential.
		 */
		boolean byQuarters() {
			return this.referential != null && this.channel == null && this.from != null && this.to != null
					&& this.from.getDayOfMonth() == 1 && (this.from.getMonthValue() - 1) % 3 == 0
					&& this.to.plusDays(1).getDayOfMonth() == 1 && this.to.getMonthValue() % 3 == 0
					&& !this.to.isBefore(this.from);
		}

		List<String> quarters() {
			List<String> quarters = new ArrayList<>();
			for (LocalDate start = this.from; start.isBefore(this.to); start = start.plusMonths(3)) {
				quarters.add(quarterOf(start));
			}
			return quarters;
		}

		Bson quarterFilter() {
			List<Bson> filters = new ArrayList<>();
			filters.add(Filters.eq("referential", this.referential));
			filters.add(Filters.in("quarter", quarters()));
			if (this.siteIds != null) {
				filters.add((this.siteIds.size() == 1) ? Filters.eq("siteId", this.siteIds.iterator().next())
						: Filters.in("siteId", this.siteIds));
			}
			return Filters.and(filters);
		}

	}

}
