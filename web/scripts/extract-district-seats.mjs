// Writes where each district has its seat (its administrative centre) for the map, which places a centre without
// coordinates there: from the scenario loader's sourced table (GeoNames where marked, else approximate), so the demo's
// centres and the map's approximate places read one list. The contract's district list carries no coordinates.
import { readFileSync, writeFileSync } from 'node:fs';

const { seats: table } = JSON.parse(
  readFileSync('../scenario-loader/src/main/resources/scenario/district-seats.json', 'utf8'),
);
const seats = {};
for (const [code, seat] of Object.entries(table)) {
  seats[code] = [seat.latitude, seat.longitude];
}
if (Object.keys(seats).length === 0) throw new Error('no seat read from district-seats.json');
const source =
  "scenario-loader district-seats.json: GeoNames' populated places where marked, else approximate; [latitude, longitude]";
const lines = Object.entries(seats).map(([code, place]) => `    ${JSON.stringify(code)}: ${JSON.stringify(place)}`);
writeFileSync(
  'src/map/district-seats.json',
  `{\n  "source": ${JSON.stringify(source)},\n  "seats": {\n${lines.join(',\n')}\n  }\n}\n`,
);
console.log(`src/map/district-seats.json: ${Object.keys(seats).length} districts`);
