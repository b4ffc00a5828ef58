// Writes where each district has its seat (its administrative centre) for the map, which places a centre without
// coordinates there: from the scenario loader's sourced table (GeoNames where marked, else approximate), so the demo's
// centres and the map's approximate places read one list. The contract's district list carries no coordinates.
import { readFileSync, writeFileSync } from 'node:fs';

const java = readFileSync('../scenario-loader/src/main/java/org/hamkori/scenario/DistrictSeats.java', 'utf8');
const seats = {};
for (const [, code, latitude, longitude] of java.matchAll(
  /Map\.entry\("([A-Z_.]+)", new Seat\("[^"]*", ([\d.]+), ([\d.]+)\)\)/g,
)) {
  seats[code] = [Number(latitude), Number(longitude)];
}
if (Object.keys(seats).length === 0) throw new Error('no seat read from DistrictSeats.java');
const source =
  "scenario-loader DistrictSeats: GeoNames' populated places where marked, else approximate; [latitude, longitude]";
const lines = Object.entries(seats).map(([code, place]) => `    ${JSON.stringify(code)}: ${JSON.stringify(place)}`);
writeFileSync(
  'src/map/district-seats.json',
  `{\n  "source": ${JSON.stringify(source)},\n  "seats": {\n${lines.join(',\n')}\n  }\n}\n`,
);
console.log(`src/map/district-seats.json: ${Object.keys(seats).length} districts`);
