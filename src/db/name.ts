/** The IndexedDB database every part of Dolor reads and writes (Dexie and the peek reader alike). */
export const DB_NAME = 'dolor'
