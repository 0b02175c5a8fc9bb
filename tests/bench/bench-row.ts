/** One figure of `npm run bench`, printed beside a reference measured in the same run. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  reference?: { name: string; value: number; unit: string };
}
