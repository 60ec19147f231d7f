/**
 * Function names the emulator's HogQL check accepts: the common part of PostHog's
 * `HOGQL_CLICKHOUSE_FUNCTIONS`, `HOGQL_AGGREGATIONS` and `HOGQL_POSTHOG_FUNCTIONS`
 * (`posthog/hogql/functions/mapping.py`), not all of it. A name outside the list
 * is answered as PostHog's printer answers an unknown one.
 */
const NAMES = `
count countIf countDistinct countDistinctIf countState countMerge sum sumIf sumState sumMerge avg avgIf avgState avgMerge
min minIf max maxIf any anyIf anyLast anyLastIf anyHeavy argMax argMaxIf argMin argMinIf uniq uniqIf uniqExact uniqExactIf
uniqHLL12 uniqCombined uniqCombined64 uniqTheta uniqUpTo uniqMerge uniqState median medianIf medianExact quantile quantileIf
quantiles quantilesIf quantileExact quantileTiming quantileDeterministic groupArray groupArrayIf groupUniqArray
groupUniqArrayIf groupArraySample groupArrayMovingSum groupBitAnd groupBitOr groupBitXor topK topKIf topKWeighted
stddevPop stddevSamp varPop varSamp corr covarPop covarSamp sumMap minMap maxMap avgWeighted simpleLinearRegression
windowFunnel retention sequenceMatch sequenceCount histogram boundingRatio sumCount sumWithOverflow deltaSum
row_number rank dense_rank lag lead lagInFrame leadInFrame first_value last_value nth_value ntile percent_rank cume_dist
now now64 today yesterday toDate toDate32 toDateTime toDateTime64 toDateOrNull toDateTimeOrNull toDateOrZero
toStartOfDay toStartOfWeek toStartOfMonth toStartOfQuarter toStartOfYear toStartOfHour toStartOfMinute
toStartOfFiveMinutes toStartOfTenMinutes toStartOfFifteenMinutes toStartOfSecond toStartOfInterval toMonday
toYear toQuarter toMonth toDayOfYear toDayOfMonth toDayOfWeek toHour toMinute toSecond toISOYear toISOWeek toWeek
toYearWeek toYYYYMM toYYYYMMDD toYYYYMMDDhhmmss toUnixTimestamp toUnixTimestamp64Milli fromUnixTimestamp
fromUnixTimestamp64Milli toTimeZone toTimezone timeZone timezone formatDateTime parseDateTimeBestEffort
parseDateTimeBestEffortOrNull parseDateTime64BestEffort parseDateTime64BestEffortOrNull dateDiff date_diff dateAdd
date_add dateSub date_sub dateTrunc date_trunc timeStampAdd timeStampSub addSeconds addMinutes addHours addDays
addWeeks addMonths addQuarters addYears subtractSeconds subtractMinutes subtractHours subtractDays subtractWeeks
subtractMonths subtractQuarters subtractYears toIntervalSecond toIntervalMinute toIntervalHour toIntervalDay
toIntervalWeek toIntervalMonth toIntervalQuarter toIntervalYear timeSlot age toRelativeDayNum toRelativeWeekNum
toRelativeMonthNum toRelativeHourNum toDayOfWeek toLastDayOfMonth
lower upper lowerUTF8 upperUTF8 length lengthUTF8 char_length empty notEmpty concat concatWithSeparator substring substr
substringUTF8 left right leftPad rightPad trim trimLeft trimRight trimBoth ltrim rtrim reverse repeat position
positionCaseInsensitive positionUTF8 locate startsWith endsWith replace replaceOne replaceAll replaceRegexpOne
replaceRegexpAll match like ilike notLike notILike extract extractAll extractAllGroups extractGroups multiMatchAny
multiSearchAny splitByChar splitByString splitByRegexp splitByWhitespace arrayStringConcat format toString
toStringCutToZero toFixedString base64Encode base64Decode tryBase64Decode hex unhex encodeURLComponent
decodeURLComponent encodeXMLComponent normalizeUTF8NFC initcap initcapUTF8 ngramDistance levenshteinDistance
domain domainWithoutWWW topLevelDomain protocol path pathFull queryString fragment extractURLParameter
extractURLParameters extractURLParameterNames cutQueryString cutFragment cutWWW cutURLParameter URLHierarchy
URLPathHierarchy netloc port
toInt toInt8 toInt16 toInt32 toInt64 toUInt8 toUInt16 toUInt32 toUInt64 toIntOrNull toIntOrZero toFloat toFloat32
toFloat64 toFloatOrNull toFloatOrZero toDecimal toDecimal32 toDecimal64 toBool toUUID toUUIDOrNull toTypeName
accurateCast accurateCastOrNull reinterpretAsString toJSONString JSONExtract JSONExtractString JSONExtractInt
JSONExtractUInt JSONExtractFloat JSONExtractBool JSONExtractRaw JSONExtractArrayRaw JSONExtractKeys
JSONExtractKeysAndValues JSONHas JSONLength JSONType isValidJSON visitParamExtractString
arrayJoin array arrayMap arrayFilter arrayExists arrayAll arrayFirst arrayFirstIndex arrayLast arrayCount arraySum
arrayAvg arrayMin arrayMax arraySort arrayReverseSort arrayReverse arrayDistinct arrayConcat arrayElement arraySlice
arrayPushBack arrayPushFront arrayPopBack arrayPopFront arrayCompact arrayEnumerate arrayEnumerateUniq arrayZip
arrayUniq arrayIntersect arrayFlatten arrayCumSum arrayDifference arrayResize arrayFold arraySplit arrayStringConcat
has hasAll hasAny hasSubstr indexOf countEqual emptyArrayString emptyArrayInt64 range
tuple tupleElement untuple map mapKeys mapValues mapContains
if multiIf coalesce ifNull nullIf isNull isNotNull assumeNotNull toNullable isFinite isInfinite isNaN
and or not xor equals notEquals less greater lessOrEquals greaterOrEquals in notIn
plus minus multiply divide intDiv intDivOrZero modulo moduloOrZero negate abs round roundBankers floor ceil ceiling
trunc truncate sqrt cbrt exp exp2 exp10 log ln log2 log10 pow power sign greatest least e pi sin cos tan asin acos atan
gcd lcm bitAnd bitOr bitXor bitNot bitShiftLeft bitShiftRight rand rand64 randCanonical generateUUIDv4
cityHash64 sipHash64 xxHash32 xxHash64 murmurHash3_32 murmurHash3_64 MD5 SHA1 SHA256 farmFingerprint64
toColumnTypeName dumpColumnStructure ignore materialize isIPv4String isIPv6String IPv4StringToNum IPv4NumToString
matchesAction sparkline recordingButton explainCSPReport hogql_lookupDomainType hogql_lookupPaidSourceType
hogql_lookupPaidDomainType hogql_lookupOrganicSourceType hogql_lookupOrganicDomainType lookupDomainType
lookupPaidSourceType lookupPaidDomainType lookupOrganicSourceType lookupOrganicDomainType
convertCurrency getSurveyResponse uniqueSurveySubmissionsFilter languageCodeToName
`;

/** Every accepted name, for exact lookups and close matches. */
export const FUNCTION_NAMES: readonly string[] = [...new Set(NAMES.split(/\s+/).filter((name) => name !== ""))];

const EXACT = new Set(FUNCTION_NAMES);
const FOLDED = new Set(FUNCTION_NAMES.map((name) => name.toLowerCase()));

/** Whether HogQL knows the function; PostHog also accepts some names in any case (`COUNT`, `If`). */
export function isKnownFunction(name: string): boolean {
  return EXACT.has(name) || FOLDED.has(name.toLowerCase());
}

/**
 * Python's `difflib.get_close_matches(word, possibilities, n=1)`: the best
 * candidate whose `SequenceMatcher` ratio is at least 0.6, ties going to the
 * larger string as `heapq.nlargest` orders `(score, candidate)` pairs.
 */
export function closestFunction(name: string): string | undefined {
  let best: { score: number; candidate: string } | undefined;
  for (const candidate of FUNCTION_NAMES) {
    const score = sequenceRatio(name, candidate);
    if (score < 0.6) continue;
    if (best === undefined || score > best.score || (score === best.score && candidate > best.candidate)) best = { score, candidate };
  }
  return best?.candidate;
}

/** `SequenceMatcher(None, a, b).ratio()`: twice the matched characters over the total length. */
function sequenceRatio(a: string, b: string): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matchedCharacters(a, 0, a.length, b, 0, b.length)) / total;
}

/** Characters in the matching blocks: the longest common block, then recursively left and right of it. */
function matchedCharacters(a: string, aLow: number, aHigh: number, b: string, bLow: number, bHigh: number): number {
  let bestI = aLow;
  let bestJ = bLow;
  let bestSize = 0;
  let lengths = new Map<number, number>();
  for (let i = aLow; i < aHigh; i++) {
    const next = new Map<number, number>();
    for (let j = bLow; j < bHigh; j++) {
      if (a[i] !== b[j]) continue;
      const size = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, size);
      if (size > bestSize) {
        bestI = i - size + 1;
        bestJ = j - size + 1;
        bestSize = size;
      }
    }
    lengths = next;
  }
  if (bestSize === 0) return 0;
  return bestSize + matchedCharacters(a, aLow, bestI, b, bLow, bestJ) + matchedCharacters(a, bestI + bestSize, aHigh, b, bestJ + bestSize, bHigh);
}
