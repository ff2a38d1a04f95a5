/** Placeholder until the ETL lands: it builds the demo store and, given STREAMBOT_RAW_DIR, the real one. */
export interface TestStores {
  /** Store built from data/demo. */
  demo: string;
  /** Store built from STREAMBOT_RAW_DIR (with a trained model), or null when the real data is not configured. */
  real: string | null;
}

export async function buildTestStores(): Promise<TestStores> {
  return { demo: '', real: null };
}
