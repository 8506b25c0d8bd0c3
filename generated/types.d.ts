// Generated from openapi.json.
// Do not edit: change the spec and run `npm run generate`.

/** The Customer object */
export interface Customer {
  /** @description The ID of the customer */
  id: string;
  /** @description The external ID of the customer */
  external_id: string | null;
  /** @description The email address of the customer */
  email_address: string | null;
  /** @description The phone number of the customer */
  phone_number: string | null;
  /** @description The full name of the customer */
  full_name: string | null;
  /** @description The metadata associated with this customer */
  metadata: {
    [key: string]: unknown;
  };
  /**
   * @description The unsubscribe status of the customer
   * @enum {string|null}
   */
  unsubscribed: "future" | "campaign" | null;
}

/** The request body of `updateMultipleCustomers`. */
export interface UpdateMultipleCustomersBody {
  /** @description An array of customer data to update. Must identify every customer with their ID */
  customers: {
    /** @description The ID of the customer */
    id: string;
    /** @description The updated phone number of the customer */
    phone_number?: string | null;
    /** @description The updated email address of the customer */
    email_address?: string | null;
    /** @description The updated metadata of the customer */
    metadata?: {
      [key: string]: unknown;
    } | null;
    /** @description The updated full name of the customer */
    full_name?: string | null;
  }[];
}

/** The arguments of `updateMultipleCustomers`. */
export interface UpdateMultipleCustomersParams {
  path: {
    /** The ID of the business */
    id: string;
  };
  body: UpdateMultipleCustomersBody;
}

/** An array of updated `Customer` objects */
export interface UpdateMultipleCustomersResponse {
  /** @description An array of updated `Customer` objects */
  customers: Customer[];
}

/** The body of an `ApiError` thrown by `updateMultipleCustomers`. */
export type UpdateMultipleCustomersError = unknown;
